// Loaded with `node --import` by the command-line benchmark: reports, on exit, the process's peak resident memory
// and the processor time it used (user and system), which stays meaningful when other work shares the machine.
process.on("exit", () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write(`\nprocess-stats rss-kb=${maxRSS} cpu-us=${userCPUTime + systemCPUTime}\n`);
});
