using System.Net;
using k8s.Autorest;
using k8s.Models;
using Kube.Operator.Client;

namespace Kube.Operator.Tests.Client;

public class KubernetesErrorsTests
{
    private static HttpOperationException Answer(int code, string body)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)code);
        return new HttpOperationException("test") { Response = new HttpResponseMessageWrapper(response, body) };
    }

    private static string Status(int code, string reason, string extra = "") =>
        $$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"m-{{reason}}","reason":"{{reason}}"{{extra}},"code":{{code}}}""";

    [Fact]
    public void IsAlreadyExists_409AlreadyExists_IsNotAConflict()
    {
        var error = Answer(409, Status(409, "AlreadyExists"));
        Assert.True(error.IsAlreadyExists());
        Assert.False(error.IsConflict());
        Assert.Equal("m-AlreadyExists", error.Status()?.Message);
    }

    [Fact]
    public void IsConflict_409Conflict_IsNotAlreadyExists()
    {
        var error = Answer(409, Status(409, "Conflict"));
        Assert.True(error.IsConflict());
        Assert.False(error.IsAlreadyExists());
    }

    [Fact]
    public void Status_422WithCauses_CarriesCauses()
    {
        var error = Answer(422, Status(422, "Invalid",
            ""","details":{"name":"x","kind":"Widget","causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.size"}]}"""));
        Assert.True(error.IsInvalid());
        var cause = Assert.Single(error.Status()!.Details.Causes);
        Assert.Equal("spec.size", cause.Field);
        Assert.Equal("FieldValueRequired", cause.Reason);
    }

    [Theory]
    [InlineData(410, "Expired")]
    [InlineData(410, "Gone")]
    [InlineData(500, "Expired")]
    public void IsGone_ExpiredOrGone_IsGone(int code, string reason) => Assert.True(Answer(code, Status(code, reason)).IsGone());

    [Theory]
    [InlineData(404, "NotFound")]
    [InlineData(403, "Forbidden")]
    [InlineData(410, "Gone")]
    [InlineData(422, "Invalid")]
    [InlineData(429, "TooManyRequests")]
    [InlineData(409, "Conflict")]
    [InlineData(503, "")]
    public void Predicates_NonJsonBody_ClassifyByCode(int code, string expected)
    {
        var error = Answer(code, "<html>proxy error</html>");
        Assert.Null(error.Status());
        var matched = new (string Name, bool Value)[]
        {
            ("NotFound", error.IsNotFound()), ("Forbidden", error.IsForbidden()), ("Gone", error.IsGone()),
            ("Invalid", error.IsInvalid()), ("TooManyRequests", error.IsTooManyRequests()), ("Conflict", error.IsConflict()),
            ("AlreadyExists", error.IsAlreadyExists()),
        }.Where(p => p.Value).Select(p => p.Name);
        Assert.Equal(expected.Length == 0 ? [] : [expected], matched);
    }

    [Fact]
    public void Status_ObjectThatIsNotAStatus_IsNull() =>
        Assert.Null(Answer(404, """{"kind":"ConfigMap","metadata":{"name":"x"}}""").Status());

    [Fact]
    public void FromStatus_WatchErrorEvent_ClassifiesLikeAnHttpAnswer()
    {
        var error = KubernetesErrors.FromStatus(
            new V1Status { Code = 410, Reason = "Expired", Message = "too old resource version: 8 (10)" }, "WATCH widgets");
        Assert.True(error.IsGone());
        Assert.Equal(HttpStatusCode.Gone, error.Response.StatusCode);
        Assert.Equal("too old resource version: 8 (10)", error.Status()?.Message);
        Assert.Contains("WATCH widgets", error.Message);
    }
}
