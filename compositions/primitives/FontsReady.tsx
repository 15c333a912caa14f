/** Holds the render (delayRender) and renders nothing until the fonts the script's text needs are loaded. */
import React, {useEffect, useMemo, useState} from 'react';
import {useDelayRender} from 'remotion';
import type {Script} from '../../src/schema/script';
import {distinctCharacters, loadFontsFor} from './fonts';
import {labelsFor} from './labels';

/** All text a template may draw: the script's own words plus the fixed labels (TWIST, Part 2...). */
export function scriptText(script: Script): string {
  return distinctCharacters([
    script.title,
    script.hook,
    script.twist,
    script.cliffhanger,
    ...script.characters.map((c) => c.name),
    ...script.scenes.flatMap((s) => [
      s.location,
      ...s.beats.flatMap((b) => [b.text, ...(b.audio?.words.map((w) => w.text) ?? [])]),
    ]),
    ...Object.values(labelsFor(script.language)),
  ]);
}

export const FontsReady: React.FC<{script: Script; children: React.ReactNode}> = ({script, children}) => {
  const text = useMemo(() => scriptText(script), [script]);
  const {delayRender, continueRender, cancelRender} = useDelayRender();
  const [loadedText, setLoadedText] = useState<string | null>(null);

  // Created during the first render, not in an effect, so no frame can be captured before the hold is in place.
  const [handle] = useState(() => delayRender('Loading the fonts the script needs'));

  useEffect(() => {
    let live = true;
    loadFontsFor(text)
      .then(() => {
        if (live) setLoadedText(text);
        continueRender(handle);
      })
      // Fonts ship in the bundle, so a failure is a bug worth stopping the render for, not a silent fallback.
      .catch((error) => cancelRender(error));
    return () => {
      live = false;
    };
  }, [text, handle, continueRender, cancelRender]);

  // Text is measured for fitting, so nothing lays out before its font is there.
  return loadedText === text ? <>{children}</> : null;
};
