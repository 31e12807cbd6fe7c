using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Redis.Client;

/// <summary>Argument helpers shared by the database and server handles.</summary>
internal static class CommandArguments
{
    /// <summary>Converts the loosely typed arguments of <c>ExecuteAsync</c>.</summary>
    public static RedisValue[] FromObjects(ICollection<object>? args)
    {
        if (args is null || args.Count == 0) return [];
        var values = new RedisValue[args.Count];
        var i = 0;
        foreach (var arg in args)
        {
            values[i++] = arg switch
            {
                null => RedisValue.Null,
                RedisValue v => v,
                RedisKey k => k.AsValue(),
                string s => s,
                byte[] b => b,
                int n => n,
                long n => n,
                double d => d,
                bool b => b,
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => arg.ToString(),
            };
        }
        return values;
    }

    /// <summary>The lower-case hex SHA1 of a script, as Redis computes it.</summary>
    public static string ScriptSha1(string script) =>
#pragma warning disable CA5350 // SHA1 is what Redis names scripts by; not used for security
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(script)));
#pragma warning restore CA5350

    /// <summary><c>sha-or-script numkeys keys... values...</c> for EVAL / EVALSHA.</summary>
    public static RedisValue[] ScriptArgs(RedisValue scriptOrSha, RedisKey[]? keys, RedisValue[]? values)
    {
        keys ??= [];
        values ??= [];
        var args = new RedisValue[2 + keys.Length + values.Length];
        args[0] = scriptOrSha;
        args[1] = keys.Length;
        for (var i = 0; i < keys.Length; i++) args[2 + i] = keys[i].AsValue();
        values.CopyTo(args, 2 + keys.Length);
        return args;
    }
}
