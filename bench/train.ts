// `npm run train`: the person tagger (bench/train-person-tagger.ts), or with `-- --roles` the
// role-mention model (bench/train-role-mentions.ts). Each script reads the rest of the arguments.
if (process.argv.includes('--roles')) {
  const { main } = await import('./train-role-mentions.js');
  await main().catch((err: unknown) => {
    process.stderr.write(`train failed: ${String(err instanceof Error ? err.stack : err)}\n`);
    process.exitCode = 1;
  });
} else await import('./train-person-tagger.js');
