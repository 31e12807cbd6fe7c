// Benchmark harness; the issue that owns MockGateway fills it in.
await Console.Out.WriteLineAsync("MockGateway.Benchmarks: no benchmark yet");
return 1;
