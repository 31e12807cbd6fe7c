using Kube.Client.Http;
using Kube.Client.Models;

namespace Kube.Client.Tests.Http;

public class ResourcePathTests
{
    [Fact]
    public void Object_CoreNamespaced_UsesApiV1() =>
        Assert.Equal("/api/v1/namespaces/ops/configmaps/a",
            ResourcePath.Object(ResourceType.Of<V1ConfigMap>(), "ops", "a"));

    [Fact]
    public void Object_GroupStatus_UsesApisAndSubresource() =>
        Assert.Equal("/apis/batch/v1/namespaces/ops/jobs/send-42/status",
            ResourcePath.Object(ResourceType.Of<V1Job>(), "ops", "send-42", "status"));

    [Fact]
    public void Collection_ClusterScoped_HasNoNamespaceSegment() =>
        Assert.Equal("/apis/apiextensions.k8s.io/v1/customresourcedefinitions",
            ResourcePath.Collection(ResourceType.Of<V1CustomResourceDefinition>(), null));

    [Fact]
    public void WithQuery_EscapesSelectorsAndSkipsNulls() =>
        Assert.Equal("/api/v1/pods?labelSelector=app%3Dx%2Ctier%20in%20%28a%2Cb%29&limit=5",
            ResourcePath.WithQuery("/api/v1/pods", ("labelSelector", "app=x,tier in (a,b)"), ("continue", null), ("limit", "5")));

    [Fact]
    public void Of_TypeWithoutAttribute_ThrowsNamingTheType()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ResourceType.Of<string>());
        Assert.Contains("String", error.Message);
    }
}
