// Settings for `npm run studio` and the Remotion CLI. Headless renders through scripts/ set the same things in code.
import {Config} from '@remotion/cli/config';
import {findSystemBrowser} from './src/render/browser';

Config.setVideoImageFormat('jpeg');
Config.setOverwriteOutput(true);
Config.setEntryPoint('compositions/index.ts');
// Rendering from Studio uses the same browser rule as `npm run make`: an explicit or system Chromium first.
const browser = findSystemBrowser(process.env);
if (browser) Config.setBrowserExecutable(browser);
