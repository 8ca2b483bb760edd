namespace Kommunedigital.Core.Boundaries;

/// <summary>A boundary set serialised for the browser map, ready to serve as is.</summary>
/// <param name="Content">UTF-8 GeoJSON (RFC 7946) without a byte order mark.</param>
/// <param name="ETag">A strong entity tag: a quoted hex prefix of the content's SHA-256, e.g. "\"3f5c02…\"" (32 hex digits).</param>
public sealed record BoundaryGeoJson(ReadOnlyMemory<byte> Content, string ETag);
