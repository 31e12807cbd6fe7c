using System.Text;

namespace Redis.Client;

/// <summary>A command name, kept both as text (for messages) and as its wire bytes (for writing).</summary>
internal sealed class RedisCommand
{
    public static readonly RedisCommand Auth = new("AUTH");
    public static readonly RedisCommand Client = new("CLIENT");
    public static readonly RedisCommand Del = new("DEL");
    public static readonly RedisCommand Eval = new("EVAL");
    public static readonly RedisCommand EvalSha = new("EVALSHA");
    public static readonly RedisCommand Exists = new("EXISTS");
    public static readonly RedisCommand Expire = new("PEXPIRE");
    public static readonly RedisCommand Get = new("GET");
    public static readonly RedisCommand HDel = new("HDEL");
    public static readonly RedisCommand Hello = new("HELLO");
    public static readonly RedisCommand HGet = new("HGET");
    public static readonly RedisCommand HGetAll = new("HGETALL");
    public static readonly RedisCommand HIncrBy = new("HINCRBY");
    public static readonly RedisCommand HSet = new("HSET");
    public static readonly RedisCommand HSetNx = new("HSETNX");
    public static readonly RedisCommand IncrBy = new("INCRBY");
    public static readonly RedisCommand DecrBy = new("DECRBY");
    public static readonly RedisCommand Persist = new("PERSIST");
    public static readonly RedisCommand Ping = new("PING");
    public static readonly RedisCommand PTtl = new("PTTL");
    public static readonly RedisCommand SAdd = new("SADD");
    public static readonly RedisCommand SCard = new("SCARD");
    public static readonly RedisCommand Scan = new("SCAN");
    public static readonly RedisCommand Script = new("SCRIPT");
    public static readonly RedisCommand Select = new("SELECT");
    public static readonly RedisCommand Set = new("SET");
    public static readonly RedisCommand SIsMember = new("SISMEMBER");
    public static readonly RedisCommand SMembers = new("SMEMBERS");
    public static readonly RedisCommand SMIsMember = new("SMISMEMBER");
    public static readonly RedisCommand SRem = new("SREM");
    public static readonly RedisCommand SScan = new("SSCAN");

    public RedisCommand(string name)
    {
        Name = name;
        Bytes = Encoding.UTF8.GetBytes(name);
    }

    public string Name { get; }

    public byte[] Bytes { get; }

    public override string ToString() => Name;
}
