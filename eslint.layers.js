// The layer rule, as ESLint configuration: document/ at the bottom, extractors/ on it, pipeline/
// composing them. An extractor imports only document/ and its own folder; the pipeline reaches an
// extractor only through its index.ts; nothing in document/ imports anything above it.
const EXTRACTORS = ['dates', 'numbers', 'people', 'quotes'];

const above = (names, message) => names.map((n) => ({ group: [`**/${n}/**`], message }));

/** ESLint flat-config blocks that enforce the layers with the built-in no-restricted-imports. */
export const layers = [
  {
    files: ['document/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: above(
            ['pipeline', 'extractors', 'bench', 'bin'],
            'document/ is the bottom layer: it imports nothing above it.',
          ),
        },
      ],
    },
  },
  ...EXTRACTORS.map((own) => ({
    files: [`extractors/${own}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...above(['pipeline', 'bench', 'bin'], 'An extractor imports only document/ and its own folder.'),
            ...above(
              EXTRACTORS.filter((e) => e !== own),
              'An extractor imports only document/ and its own folder; shared pieces belong in document/.',
            ),
          ],
        },
      ],
    },
  })),
  {
    files: ['pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`(^|/)extractors/[^/]+/(?!index\.js$)`,
              message: 'The pipeline reaches an extractor only through its index.ts.',
            },
            ...above(['bench'], 'Dev tools live in bench/; the pipeline does not import them.'),
          ],
        },
      ],
    },
  },
];
