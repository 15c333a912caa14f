/** Secrets never reach the terminal: URL passwords and API keys are masked in every line the program prints. */

/** Environment variables whose values are secrets wherever they appear. */
const SECRET_VARIABLES = ['OPENAI_API_KEY', 'ELEVENLABS_API_KEY'];

/**
 * The text with `user:password@` in URLs masked (`http://***@host`), the values of the key variables in `env`
 * masked, and anything shaped like an OpenAI key (`sk-...`) masked.
 */
export function redactSecrets(text: string, env: Readonly<Record<string, string | undefined>> = {}): string {
  let out = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@?#]*@/gi, '$1***@');
  for (const name of SECRET_VARIABLES) {
    const value = env[name];
    // Short values ("x", "test") would mask ordinary words; real keys are long.
    if (value && value.length >= 8) out = out.split(value).join('***');
  }
  return out.replace(/\bsk-[A-Za-z0-9_-]{8,}/g, 'sk-***');
}
