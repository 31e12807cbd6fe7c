using System.Text;
using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

internal sealed partial class ObjectStore
{
    private const int MaxAnnotationBytes = 262_144;

    /// <summary>
    /// Generic metadata validation (names, labels, annotations, ownerReferences, finalizers while
    /// deleting) plus, for custom resources, schema defaulting, pruning and validation. Throws 422
    /// with every cause found, or 400 for unknown fields under fieldValidation=Strict.
    /// </summary>
    private static void Validate(ResourceType type, string name, JsonObject obj, JsonObject? previous, WriteOptions options,
        List<string> warnings, bool checkName)
    {
        var causes = new List<Cause>();
        var meta = obj.Metadata();
        if (checkName && CheckName(type, name) is { } nameProblem)
            causes.Add(Cause.Invalid("metadata.name", name, nameProblem));
        else if (!checkName && previous is null && meta.Str("generateName") is { Length: > 0 } gen && NameValidation.CheckSubdomain(gen + "x") is { } genProblem)
            causes.Add(Cause.Invalid("metadata.generateName", gen, genProblem));

        if (meta["labels"] is JsonObject labels)
            foreach (var (key, value) in labels)
            {
                if (!NameValidation.IsQualifiedName(key))
                    causes.Add(Cause.Invalid("metadata.labels", key,
                        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"));
                var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (text is null || !NameValidation.IsLabelValue(text))
                    causes.Add(Cause.Invalid("metadata.labels", value?.DeepClone(),
                        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"));
            }
        if (meta["annotations"] is JsonObject annotations)
        {
            var total = 0;
            foreach (var (key, value) in annotations)
            {
                if (!NameValidation.IsQualifiedName(key))
                    causes.Add(Cause.Invalid("metadata.annotations", key, "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"));
                total += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "");
            }
            if (total > MaxAnnotationBytes)
                causes.Add(new Cause("FieldValueTooLong", "metadata.annotations", $"Too long: may not be more than {MaxAnnotationBytes} bytes"));
        }
        if (meta["ownerReferences"] is JsonArray owners)
        {
            var controllers = 0;
            for (var i = 0; i < owners.Count; i++)
            {
                if (owners[i] is not JsonObject owner) continue;
                foreach (var field in new[] { "apiVersion", "kind", "name", "uid" })
                    if (string.IsNullOrEmpty(owner.Str(field)))
                        causes.Add(field == "uid"
                            ? Cause.Invalid($"metadata.ownerReferences.uid", "", "uid must not be empty")
                            : Cause.Invalid($"metadata.ownerReferences.{field}", "", $"{field} must not be empty"));
                if (owner["controller"] is JsonValue c && c.TryGetValue<bool>(out var isController) && isController) controllers++;
            }
            if (controllers > 1)
                causes.Add(Cause.Invalid("metadata.ownerReferences", owners.DeepClone(), "Only one reference can have Controller set to true"));
        }
        if (previous is not null && previous.IsDeleting())
        {
            var before = previous.Finalizers().ToHashSet(StringComparer.Ordinal);
            var added = obj.Finalizers().Where(f => !before.Contains(f)).ToList();
            if (added.Count > 0)
                causes.Add(Cause.Forbidden("metadata.finalizers",
                    $"no new finalizers can be added if the object is being deleted, found new finalizers []string{{{string.Join(", ", added.Select(a => $"\"{a}\""))}}}"));
        }
        if (type == ResourceRegistry.Crds) ValidateCrd(obj, causes);
        if (type == ResourceRegistry.Secrets || type == ResourceRegistry.ConfigMaps) ValidateConfigData(type, obj, causes);

        if (type.IsCustom && type.Schema is { } schema)
        {
            var pruned = new List<string>();
            SchemaValidator.Apply(obj, schema, causes, pruned);
            if (pruned.Count > 0)
            {
                if (options.FieldValidation == "Strict")
                    throw Errors.BadRequest(pruned.Count == 1
                        ? $"strict decoding error: unknown field \"{pruned[0]}\""
                        : $"strict decoding error: {string.Join(", ", pruned.Select(p => $"unknown field \"{p}\""))}");
                if (options.FieldValidation != "Ignore")
                    warnings.AddRange(pruned.Select(p => $"unknown field \"{p}\""));
            }
        }
        if (causes.Count > 0) throw Errors.Invalid(type, name, causes);
    }
}
