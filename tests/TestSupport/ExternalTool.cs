namespace TestSupport;

/// <summary>Locates a program the tests need and says how to install it when it is missing.</summary>
public static class ExternalTool
{
    /// <summary>
    /// Returns the full path of <paramref name="name"/> from PATH (or the usual sbin folders, where
    /// Debian puts some servers), or throws with the command that installs it.
    /// </summary>
    public static string Require(string name, string installCommand)
    {
        var found = Find(name);
        return found ?? throw new InvalidOperationException(
            $"'{name}' was not found on PATH. Install it with: {installCommand} " +
            "(scripts/test.sh installs everything the tests need).");
    }

    /// <summary>Returns the full path of <paramref name="name"/>, or null when it is not installed.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var folders = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/local/bin", "/usr/bin"]);
        return folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }
}
