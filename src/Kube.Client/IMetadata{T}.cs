namespace Kube.Client;

/// <summary>An object that carries metadata.</summary>
/// <typeparam name="T">The metadata type.</typeparam>
public interface IMetadata<T>
{
    /// <summary>The object's metadata.</summary>
    T Metadata { get; set; }
}
