using System.Net;
using Kube.Client.Autorest;
using Kube.Client.Http;

namespace Kube.Client.Tests.Http;

public class KubernetesErrorsTests
{
    private static HttpOperationException Map(int code, string body, TimeSpan? retryAfter = null) =>
        KubernetesErrors.FromResponse((HttpStatusCode)code, body, retryAfter, "GET", "/api/v1/namespaces/a/configmaps/x");

    private static string Status(int code, string reason, string extra = "") =>
        $$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"m-{{reason}}","reason":"{{reason}}"{{extra}},"code":{{code}}}""";

    [Fact]
    public void FromResponse_409AlreadyExists_IsAlreadyExistsNotConflict()
    {
        var error = Map(409, Status(409, "AlreadyExists"));
        Assert.IsType<AlreadyExistsException>(error);
        Assert.Equal("AlreadyExists", error.Reason);
        Assert.Contains("m-AlreadyExists", error.Message);
    }

    [Fact]
    public void FromResponse_409Conflict_IsConflict() =>
        Assert.IsType<ConflictException>(Map(409, Status(409, "Conflict")));

    [Fact]
    public void FromResponse_422WithCauses_CarriesCauses()
    {
        var body = Status(422, "Invalid",
            ""","details":{"name":"x","kind":"Widget","causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.size"}]}""");
        var error = Assert.IsType<InvalidException>(Map(422, body));
        var cause = Assert.Single(error.Causes);
        Assert.Equal("spec.size", cause.Field);
        Assert.Equal("FieldValueRequired", cause.Reason);
    }

    [Theory]
    [InlineData(410, "Expired")]
    [InlineData(410, "Gone")]
    [InlineData(500, "Expired")]
    public void FromResponse_ExpiredOrGone_IsGone(int code, string reason) =>
        Assert.IsType<GoneException>(Map(code, Status(code, reason)));

    [Theory]
    [InlineData(404, typeof(NotFoundException))]
    [InlineData(403, typeof(ForbiddenException))]
    [InlineData(401, typeof(UnauthorizedException))]
    [InlineData(400, typeof(BadRequestException))]
    [InlineData(415, typeof(UnsupportedMediaTypeException))]
    [InlineData(410, typeof(GoneException))]
    [InlineData(422, typeof(InvalidException))]
    [InlineData(503, typeof(HttpOperationException))]
    public void FromResponse_NonJsonBody_MapsByCode(int code, Type expected)
    {
        var error = Map(code, "<html>proxy error</html>");
        Assert.IsType(expected, error);
        Assert.Null(error.Status);
        Assert.Equal((HttpStatusCode)code, error.StatusCode);
    }

    [Fact]
    public void FromResponse_429_TakesRetryAfterFromHeaderFirst()
    {
        var body = Status(429, "TooManyRequests", ""","details":{"retryAfterSeconds":7}""");
        Assert.Equal(TimeSpan.FromSeconds(2),
            Assert.IsType<TooManyRequestsException>(Map(429, body, TimeSpan.FromSeconds(2))).RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(7),
            Assert.IsType<TooManyRequestsException>(Map(429, body)).RetryAfter);
    }

    [Fact]
    public void TryParseStatus_ObjectThatIsNotAStatus_ReturnsNull() =>
        Assert.Null(KubernetesErrors.TryParseStatus("""{"kind":"ConfigMap","metadata":{"name":"x"}}"""));
}
