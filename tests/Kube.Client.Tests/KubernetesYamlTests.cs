using System.Text.Json.Nodes;
using YamlDotNet.Core;

namespace Kube.Client.Tests;

public sealed class KubernetesYamlTests
{
    [Fact]
    public void LoadAllDocuments_MultiDocumentStream_SkipsEmptyDocumentsAndKeepsOrder()
    {
        var docs = KubernetesYaml.LoadAllDocuments("""
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            # only a comment
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: contacts
              namespace: shop
            data:
              list.csv: |
                phone,name
                +972522000001,Dana
            immutable: false
            """);
        Assert.Equal(["Namespace", "ConfigMap"], docs.Select(d => d["kind"]!.GetValue<string>()));
        Assert.Equal("phone,name\n+972522000001,Dana\n", docs[1]["data"]!["list.csv"]!.GetValue<string>());
        Assert.False(docs[1]["immutable"]!.GetValue<bool>());
    }

    [Fact]
    public void LoadAllDocuments_Scalars_TypedLikeTheApiServerDecoder()
    {
        var doc = KubernetesYaml.LoadAllDocuments("""
            int: 3
            negative: -12
            float: 2.5
            exponent: 1e3
            quotedNumber: "3"
            singleQuoted: '007'
            bool: true
            quotedBool: "true"
            yes: yes
            empty:
            tilde: ~
            version: 1.2.3
            phone: +972522000001
            list: [a, 1, false]
            """).Single();
        Assert.Equal(
            """{"int":3,"negative":-12,"float":2.5,"exponent":1000,"quotedNumber":"3","singleQuoted":"007","bool":true,"quotedBool":"true","yes":"yes","empty":null,"tilde":null,"version":"1.2.3","phone":972522000001,"list":["a",1,false]}""",
            doc.ToJsonString());
    }

    [Fact]
    public void LoadAllDocuments_ValuesAreJsonBacked_SoTheyReadLikeARequestBody()
    {
        var doc = KubernetesYaml.LoadAllDocuments("spec:\n  replicas: 2\n").Single();
        Assert.Equal(System.Text.Json.JsonValueKind.Number, doc["spec"]!["replicas"]!.GetValueKind());
        Assert.Equal(2, doc["spec"]!["replicas"]!.GetValue<int>());
        Assert.IsType<JsonObject>(doc["spec"]);
    }

    [Fact]
    public void LoadAllDocuments_NotYaml_ThrowsNamingTheLine()
    {
        var ex = Assert.ThrowsAny<YamlException>(() => KubernetesYaml.LoadAllDocuments("a: 1\nb: [unclosed\n"));
        Assert.True(ex.Start.Line >= 2, ex.Message);
    }
}
