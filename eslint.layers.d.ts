import type { Linter } from 'eslint';
/** ESLint flat-config blocks that enforce the layers (eslint.layers.js). */
export declare const layers: Linter.Config[];
