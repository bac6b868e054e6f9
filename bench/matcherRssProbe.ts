// Preloaded (`node --require`) into a process whose peak memory the matcher benchmark wants: on exit it
// writes the process's maximum resident set size to standard error, where the benchmark reads it.

process.on('exit', () => {
  process.stderr.write(`\nmatcher-bench-max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
