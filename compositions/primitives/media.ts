import {staticFile} from 'remotion';

/** A script's media reference as a URL: http(s) and data: URLs as they are, anything else is a path under public/. */
export function mediaSrc(src: string): string {
  return /^(https?:|data:)/.test(src) ? src : staticFile(src.replace(/^\/+/, ''));
}
