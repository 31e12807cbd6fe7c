namespace Kube.TestApiServer.Tests.Support;

/// <summary>CRD bodies for tests: a namespaced resource with a status subresource and a rich schema.</summary>
public static class Crds
{
    public const string Group = "campaigns.example.org";

    public static string Widgets(bool statusSubresource = true, string scope = "Namespaced") => $$$"""
        {
          "apiVersion": "apiextensions.k8s.io/v1",
          "kind": "CustomResourceDefinition",
          "metadata": {"name": "widgets.{{{Group}}}"},
          "spec": {
            "group": "{{{Group}}}",
            "scope": "{{{scope}}}",
            "names": {"plural": "widgets", "singular": "widget", "kind": "Widget", "shortNames": ["wd"]},
            "versions": [{
              "name": "v1alpha1", "served": true, "storage": true,
              {{{(statusSubresource ? "\"subresources\": {\"status\": {}}," : "")}}}
              "schema": {"openAPIV3Schema": {
                "type": "object",
                "properties": {
                  "spec": {
                    "type": "object",
                    "required": ["size"],
                    "properties": {
                      "size": {"type": "integer", "minimum": 1, "maximum": 10},
                      "color": {"type": "string", "enum": ["red", "green"]},
                      "code": {"type": "string", "pattern": "^[A-Z]{3}$", "minLength": 3, "maxLength": 3},
                      "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2},
                      "port": {"x-kubernetes-int-or-string": true},
                      "note": {"type": "string", "nullable": true},
                      "mode": {"type": "string", "default": "auto"},
                      "extra": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}
                    }
                  },
                  "status": {
                    "type": "object",
                    "properties": {
                      "phase": {"type": "string"},
                      "observedGeneration": {"type": "integer"}
                    }
                  }
                }
              }}
            }]
          }
        }
        """;

    public static string Widget(string name, string spec = """{"size":1}""") =>
        $$$"""{"apiVersion":"{{{Group}}}/v1alpha1","kind":"Widget","metadata":{"name":"{{{name}}}"},"spec":{{{spec}}}}""";
}
