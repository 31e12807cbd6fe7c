// Writes config/crds/<plural>.<group>.yaml for every entity of the operator (or of the assembly given
// with --assembly). Usage: dotnet run --project src/Kube.Operator.CrdGenerator -- [output-dir] [--assembly path.dll]
// The Operator.Tests entity test fails until the committed files equal this output.
using System.Reflection;
using Kube.Operator.Crds;

var output = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !a.EndsWith(".dll", StringComparison.Ordinal))
    ?? "config/crds";
var assemblyIndex = Array.IndexOf(args, "--assembly");
var assembly = assemblyIndex >= 0 && assemblyIndex + 1 < args.Length
    ? Assembly.LoadFrom(Path.GetFullPath(args[assemblyIndex + 1]))
    : typeof(WhatsAppCampaigns.Operator.Entities.WhatsAppApi).Assembly;
foreach (var path in CrdGenerator.WriteAll(assembly, output))
    Console.WriteLine($"wrote {path}");
