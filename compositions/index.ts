// The Remotion entry point (Studio, the CLI and src/render/bundle.ts all start here).
import {registerRoot} from 'remotion';
import {Root} from './Root';

registerRoot(Root);
