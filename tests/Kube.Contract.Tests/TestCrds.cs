using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

/// <summary>The CRDs the contract suite installs: Widget (status subresource, required spec.size) and Gadget (none).</summary>
public static class TestCrds
{
    public const string Group = "contract.kube-client.test";

    private const string WidgetSchema = """
        {"type":"object","properties":{
          "spec":{"type":"object","required":["size"],"properties":{
            "size":{"type":"integer","minimum":0},
            "color":{"type":"string"},
            "tags":{"type":"array","items":{"type":"string"}}}},
          "status":{"type":"object","properties":{
            "phase":{"type":"string"},
            "observedGeneration":{"type":"integer"}}}}}
        """;

    private const string GadgetSchema = """
        {"type":"object","properties":{
          "spec":{"type":"object","properties":{"size":{"type":"integer"}}},
          "status":{"type":"object","properties":{"phase":{"type":"string"}}}}}
        """;

    public static IReadOnlyList<V1CustomResourceDefinition> All =>
    [
        Crd("widgets", "widget", "Widget", WidgetSchema, statusSubresource: true),
        Crd("gadgets", "gadget", "Gadget", GadgetSchema, statusSubresource: false),
    ];

    private static V1CustomResourceDefinition Crd(string plural, string singular, string kind, string schema,
        bool statusSubresource) => new()
    {
        Metadata = new V1ObjectMeta { Name = $"{plural}.{Group}" },
        Spec = new V1CustomResourceDefinitionSpec
        {
            Group = Group,
            Scope = "Namespaced",
            Names = new V1CustomResourceDefinitionNames { Plural = plural, Singular = singular, Kind = kind, ListKind = kind + "List" },
            Versions =
            [
                new V1CustomResourceDefinitionVersion
                {
                    Name = "v1",
                    Served = true,
                    Storage = true,
                    Schema = new V1CustomResourceValidation { OpenAPIV3Schema = KubernetesJson.Deserialize<V1JSONSchemaProps>(schema) },
                    Subresources = statusSubresource ? new V1CustomResourceSubresources { Status = new object() } : null,
                },
            ],
        },
    };
}
