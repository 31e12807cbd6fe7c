// Writes <output-dir>/<plural>.<group>.yaml for every CustomKubernetesEntity with [KubernetesEntity] in the
// given assemblies. Usage:
//   dotnet run --project src/Kube.Operator.CrdGenerator -- [output-dir] --assembly path/to/Entities.dll [--assembly …]
// The output directory defaults to config/crds. Dependencies of an assembly are loaded from its folder.
using System.Reflection;
using Kube.Operator.Crds;

var output = "config/crds";
var assemblies = new List<Assembly>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--assembly" && i + 1 < args.Length)
        assemblies.Add(Assembly.LoadFrom(Path.GetFullPath(args[++i])));
    else if (args[i].StartsWith("--", StringComparison.Ordinal))
        return Usage($"unknown option {args[i]}");
    else
        output = args[i];
}
if (assemblies.Count == 0) return Usage("--assembly is required");
foreach (var assembly in assemblies)
    foreach (var path in CrdGenerator.WriteAll(assembly, output))
        Console.WriteLine($"wrote {path}");
return 0;

static int Usage(string problem)
{
    Console.Error.WriteLine($"{problem}. Usage: Kube.Operator.CrdGenerator [output-dir] --assembly path.dll [--assembly path.dll …]");
    return 2;
}
