namespace Kommunedigital.Bench.Browser;

/// <summary>Server VmRSS with a number of map pages open.</summary>
public sealed record RssSample(int Pages, long Bytes);
