namespace Charts.Tests;

/// <summary>One permission the operator needs, with the source line that needs it.</summary>
/// <param name="Group">API group ("" for core).</param>
/// <param name="Resource">Resource or resource/subresource.</param>
/// <param name="Verbs">Space-separated verbs.</param>
/// <param name="Source">The file (from the repository root) whose code makes the call.</param>
/// <param name="Evidence">Text in that file that makes the call (checked, so the row cannot go stale).</param>
internal sealed record OperatorPermission(string Group, string Resource, string Verbs, string Source, string Evidence)
{
    /// <summary>The (group, resource, verb) triples of this row.</summary>
    public IEnumerable<(string Group, string Resource, string Verb)> Triples =>
        Verbs.Split(' ').Select(v => (Group, Resource, v));
}
