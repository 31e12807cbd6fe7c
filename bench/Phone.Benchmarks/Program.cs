// Benchmark harness; the issue that owns Phone.Normalization fills it in.
await Console.Out.WriteLineAsync("Phone.Benchmarks: no benchmark yet");
return 1;
