// Prometheus.Client hot paths with BenchmarkDotNet (ShortRun: 3 warmups, 3 iterations, one process,
// enough for the figures in src/Prometheus.Client/README.md on a shared 2-core box).
// Usage: dotnet run -c Release --project bench/Prometheus.Benchmarks [-- --filter *Export*]
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Prometheus.Benchmarks;

var config = DefaultConfig.Instance.AddJob(Job.ShortRun).WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(MetricBenchmarks).Assembly).Run(args.Length > 0 ? args : ["--filter", "*"], config);
