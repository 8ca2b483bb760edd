using System.Text.Json;

namespace Kommunedigital.Web.Components.Map;

/// <summary>
/// A JS interop argument written to JSON once, with options the whole app shares, and handed to the circuit as a
/// <see cref="JsonElement"/>, which its JS runtime copies as it is.
/// </summary>
/// <remarks>
/// Every circuit's JS runtime has JSON options of its own (its converters know the circuit), so each circuit used to
/// build, and keep for its whole life, reflection metadata with emitted accessors for every type it sent: the view's
/// anonymous objects, their arrays and dictionaries and the interfaces of each (a gcdump with 30 map pages open showed
/// about 120 cached types and 50 kB per circuit). Serialized here, that metadata is made once for the app. The JSON is
/// the same: camel case as the runtime writes it, nulls kept; the arguments carry no element or object references.
/// </remarks>
public static class JsArgument
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { MaxDepth = 32 };

    /// <summary><paramref name="value"/> as the JSON the module receives.</summary>
    public static JsonElement Of(object value) => JsonSerializer.SerializeToElement(value, Options);
}
