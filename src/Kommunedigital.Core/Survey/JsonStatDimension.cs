using System.Text.Json;

namespace Kommunedigital.Core.Survey;

/// <summary>One dimension of a JSON-stat 2.0 dataset: its id, label and categories in index order.</summary>
internal sealed record JsonStatDimension(string Id, string Label, IReadOnlyList<string> Codes, IReadOnlyList<string> Labels)
{
    /// <summary>Reads <c>dimension[id]</c>; category.index may be an object (code → position) or an array.</summary>
    public static JsonStatDimension Read(string id, JsonElement dimension, int size)
    {
        var label = dimension.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : id;
        var codes = new string[size];
        dimension.TryGetProperty("category", out var category);
        var labels = category.ValueKind == JsonValueKind.Object && category.TryGetProperty("label", out var ls) && ls.ValueKind == JsonValueKind.Object ? ls : default;
        if (category.ValueKind == JsonValueKind.Object && category.TryGetProperty("index", out var index))
        {
            if (index.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var code in index.EnumerateArray())
                {
                    if (i < size)
                    {
                        codes[i] = code.GetString() ?? string.Empty;
                    }

                    i++;
                }
            }
            else if (index.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in index.EnumerateObject())
                {
                    var position = entry.Value.GetInt32();
                    if (position >= 0 && position < size)
                    {
                        codes[position] = entry.Name;
                    }
                }
            }
        }
        else if (labels.ValueKind == JsonValueKind.Object)
        {
            // A dimension of one category may give only its label.
            codes = labels.EnumerateObject().Select(p => p.Name).Take(size).ToArray();
        }

        if (codes.Length != size || codes.Any(c => c is null))
        {
            throw new JsonException($"Dimensjonen «{id}» har ikke {size} kategorier slik «size» sier.");
        }

        var names = codes.Select(c => labels.ValueKind == JsonValueKind.Object && labels.TryGetProperty(c, out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : c).ToArray();
        return new JsonStatDimension(id, label, codes, names);
    }
}
