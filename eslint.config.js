import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { layers } from './eslint.layers.js';

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'output/',
      'scratch/',
      'coverage/',
      '*.config.js',
      'eslint.layers.js',
      'bin/newsfacts',
      'pipeline/review/assets/',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layers,
);
