using Microsoft.AspNetCore.ResponseCompression;

namespace Kommunedigital.Web.Load;

/// <summary>Brotli for response compression, at the level <see cref="StoredResponseCompression"/> picks per response.</summary>
public sealed class LeveledBrotliCompressionProvider(IHttpContextAccessor http) : ICompressionProvider
{
    public string EncodingName => "br";

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) => StoredResponseCompression.Brotli(outputStream, http.HttpContext);
}
