/** Jest setup: the post-write pipeline wired as every entry point of the app wires it (main/wiring.ts). */
import { wirePipeline } from '../../main/wiring';

wirePipeline();
