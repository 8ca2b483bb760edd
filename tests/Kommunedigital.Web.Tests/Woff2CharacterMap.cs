using System.Buffers.Binary;
using System.IO.Compression;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// The code points a WOFF2 font maps to a glyph, read from its cmap table (W3C WOFF2 §5: a table directory, then one
/// Brotli stream of the tables in directory order; cmap is never transformed). Only what the font tests need: the
/// Unicode subtables in format 4 and 12. Skia reads no WOFF2, and the build's own tool (harfbuzz) is what is checked.
/// </summary>
internal static class Woff2CharacterMap
{
    public static HashSet<int> Read(byte[] woff2)
    {
        var span = woff2.AsSpan();
        if (BinaryPrimitives.ReadUInt32BigEndian(span) != 0x774F4632)
        {
            throw new InvalidDataException("not WOFF2");
        }

        int tables = BinaryPrimitives.ReadUInt16BigEndian(span[12..]);
        var compressedLength = (int)BinaryPrimitives.ReadUInt32BigEndian(span[20..]);
        var position = 48;
        long offset = 0;
        long cmapOffset = -1;
        long cmapLength = 0;
        for (var i = 0; i < tables; i++)
        {
            var flags = span[position++];
            var tagIndex = flags & 0x3F;
            var transform = flags >> 6;
            var tag = tagIndex == 63 ? BinaryPrimitives.ReadUInt32BigEndian(span[position..]) : 0u;
            if (tagIndex == 63)
            {
                position += 4;
            }

            var length = ReadBase128(span, ref position);
            // glyf (10) and loca (11) are transformed unless their version is 3; other tables unless it is 0.
            var transformed = tagIndex is 10 or 11 ? transform != 3 : transform != 0;
            if (transformed)
            {
                length = ReadBase128(span, ref position);
            }

            if (tagIndex == 0 || tag == 0x636D6170)
            {
                cmapOffset = offset;
                cmapLength = length;
            }

            offset += length;
        }

        if (cmapOffset < 0)
        {
            throw new InvalidDataException("no cmap table");
        }

        var tableData = new byte[offset];
        if (!BrotliDecoder.TryDecompress(span.Slice(position, compressedLength), tableData, out var written) || written != offset)
        {
            throw new InvalidDataException("the table stream did not decompress to the directory's length");
        }

        return ReadCmap(tableData.AsSpan((int)cmapOffset, (int)cmapLength));
    }

    private static HashSet<int> ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var mapped = new HashSet<int>();
        int subtables = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var i = 0; i < subtables; i++)
        {
            var record = cmap.Slice(4 + (8 * i), 8);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            int encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            if (!(platform == 0 || (platform == 3 && encoding is 1 or 10)))
            {
                continue;
            }

            var subtable = cmap[(int)BinaryPrimitives.ReadUInt32BigEndian(record[4..])..];
            switch (BinaryPrimitives.ReadUInt16BigEndian(subtable))
            {
                case 4:
                    ReadFormat4(subtable, mapped);
                    break;
                case 12:
                    ReadFormat12(subtable, mapped);
                    break;
                default:
                    break;
            }
        }

        return mapped;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, HashSet<int> mapped)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (2 * s))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (2 * s))..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (2 * s))..]);
            var rangeOffsetAt = rangeOffsets + (2 * s);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[rangeOffsetAt..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0
                    ? (c + delta) & 0xFFFF
                    : BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsetAt + rangeOffset + (2 * (c - start)))..]) is var g and not 0
                        ? (g + delta) & 0xFFFF
                        : 0;
                if (glyph != 0)
                {
                    mapped.Add(c);
                }
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, HashSet<int> mapped)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + (12 * g), 12);
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var firstGlyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++)
            {
                if (firstGlyph + (uint)(c - start) != 0)
                {
                    mapped.Add(c);
                }
            }
        }
    }

    // UIntBase128 (WOFF2 §4.1): seven bits a byte, high bit set on every byte but the last.
    private static long ReadBase128(ReadOnlySpan<byte> span, ref int position)
    {
        long value = 0;
        for (var i = 0; i < 5; i++)
        {
            var b = span[position++];
            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("UIntBase128 longer than five bytes");
    }
}
