// Benchmark harness; the issue that owns Redis.Client fills it in.
await Console.Out.WriteLineAsync("Redis.Benchmarks: no benchmark yet");
return 1;
