using Microsoft.AspNetCore.ResponseCompression;

namespace Kommunedigital.Web.Load;

/// <summary>gzip for response compression, at the level <see cref="StoredResponseCompression"/> picks per response.</summary>
public sealed class LeveledGzipCompressionProvider(IHttpContextAccessor http) : ICompressionProvider
{
    public string EncodingName => "gzip";

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) => StoredResponseCompression.Gzip(outputStream, http.HttpContext);
}
