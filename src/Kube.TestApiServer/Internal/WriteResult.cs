using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>What a write answers: the body, the HTTP code and any Warning header texts.</summary>
internal sealed record WriteResult(JsonObject Body, int Code, IReadOnlyList<string> Warnings);
