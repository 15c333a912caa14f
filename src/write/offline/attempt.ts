/** One try at a script: a number of scenes and a plot variant, planned, described and fitted. */
import {LIMITS} from '../../schema/script';
import {assemble, type Frame} from './assemble';
import {chooseHook, hookCandidates, writeEndCard, writeLogline, writeTitle, writeTwistSummary} from './cards';
import type {Story} from './context';
import {describeCast} from './describe';
import {better, fitPlot, type Fitted} from './fit';
import {PLACES} from './lexicon/places';
import {chooseSites, timesOfDay} from './locations';
import {planPlot} from './plot';
import {ageForTwist, chooseMood, type Setup} from './setup';
import {truncate} from './text';

/**
 * Plans the story with `sceneCount` scenes (`variant` reshuffles the twist, cliffhanger and lines) and fits
 * it with each hook card in turn until one fits the duration.
 */
export function attempt(setup: Setup, sceneCount: number, variant: number): Fitted {
  const {request, facts, book, rng} = setup;
  // Only the premise's own people say where the story is: an invented colleague should not move it to an office.
  const rolePlaces = setup.cast.filter((c) => c.fromPremise).map((c) => c.role?.place).filter((p): p is string => p !== undefined);
  const sites = chooseSites(sceneCount, facts.places, rolePlaces, book.places, setup.cast[0].name, rng.fork(`sites${sceneCount}`), setup.story.language);
  // The story's institution is the place it starts in ("Mercy General"); a workplace story always has a company.
  const org = sites[0].properName ?? (book.genre === 'workplace' ? rng.fork('org').pick(PLACES.find((p) => p.id === 'office')!.names!) : undefined);
  const draft: Story = {...setup.story, cast: setup.cast, sites, org};
  const plot = planPlot(book, draft, timesOfDay(sites, rng.fork('times')), rng.fork(`plot${sceneCount}:${variant}`), request.durationSec <= 20);
  const story: Story = {...draft, cast: ageForTwist(setup.cast, plot.twist.revealsParent, rng.fork('ages'))};
  const frame: Frame = {
    title: writeTitle(book, story, rng.fork('title')),
    logline: writeLogline(book, story, setup.quotable, rng.fork('logline')),
    premise: truncate(request.premise.trim(), LIMITS.premiseChars),
    genre: book.genre,
    mood: chooseMood(book, rng.fork('mood')),
    language: setup.language,
    durationSec: request.durationSec,
    format: request.format,
    cast: story.cast,
    characters: describeCast(story.cast, book, rng.fork('describe')),
    keyProp: story.props[0],
    twist: writeTwistSummary(plot.twist.summary, story),
    cliffhanger: writeEndCard(plot.cliffhanger.card, story, rng.fork('end'), request.durationSec <= 20),
  };
  const candidates = hookCandidates(book, story, setup.quotable, rng.fork('hook'));
  const preferred = chooseHook(candidates, request.durationSec);
  let best: Fitted | undefined;
  for (const hook of [preferred, ...candidates.filter((c) => c !== preferred)]) {
    const fitted = fitPlot(plot, (include) => assemble(plot, include, hook, frame), request.durationSec);
    if (!best || better(fitted, best)) best = fitted;
    if (fitted.ok && fitted.strict) break;
  }
  return best!;
}
