using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The PDF's table pages: every municipality of the selection, ordered by kommunenummer, with its value
/// (<see cref="ScoreText"/>) or the mark of its kind of missing. Rows run down side-by-side column blocks, as in a printed SSB table,
/// so the whole country fits on a few pages.
/// </summary>
internal static class ValueTablePages
{
    private const string TextColour = MapScene.TextColour;
    private const string MutedColour = MapScene.MutedTextColour;
    private const string RuleColour = MapPalette.HatchColour;
    private const string StripeColour = "#f2f2f2";
    private const float Margin = 40;
    private const float BlockGap = 18;
    private const float MinimumBlockWidth = 230;
    private const float CodeColumn = 58;
    private const float ValueColumn = 46;
    private const float RowHeight = 12.5f;
    private const float CellSize = 9;

    private sealed record Row(string Code, string Name, string Value);

    public static void Draw(SKDocument document, ChoroplethModel model, SceneLayout page)
    {
        var language = model.Language;
        var culture = ReaderText.Culture(language);
        var rows = model.Selected
            .OrderBy(e => e.Number)
            .Select(e => new Row(e.Number.Value, e.Name, e.MappedValue is not null ? e.ValueText : Mark(e.Change is null ? ScoreStatus.Of(e.Score) : e.Status, e.Score?.Symbol, language)))
            .ToList();

        using var regular = new SKFont(EmbeddedFonts.Regular, CellSize);
        using var semibold = new SKFont(EmbeddedFonts.Semibold, CellSize);
        using var heading = new SKFont(EmbeddedFonts.Semibold, 14);
        using var small = new SKFont(EmbeddedFonts.Regular, 8);
        using var paint = new SKPaint { IsAntialias = true };

        var usableWidth = page.Width - (2 * Margin);
        var blocks = Math.Max(1, (int)((usableWidth + BlockGap) / (MinimumBlockWidth + BlockGap)));
        var blockWidth = (usableWidth - ((blocks - 1) * BlockGap)) / blocks;
        var tableTop = Margin + 40;
        var footnoteLines = Footnotes(model);
        var tableBottom = page.Height - Margin - (footnoteLines.Count * 11) - 8;
        var rowsPerBlock = Math.Max(1, (int)((tableBottom - tableTop - RowHeight - 4) / RowHeight));
        var rowsPerPage = rowsPerBlock * blocks;
        var pageCount = Math.Max(1, (rows.Count + rowsPerPage - 1) / rowsPerPage);

        for (var pageIndex = 0; pageIndex < pageCount; pageIndex++)
        {
            var canvas = document.BeginPage(page.Width, page.Height);
            Text(canvas, ReaderText.Format(language, "Table.Heading", model.Title), Margin, Margin + 14, heading, TextColour, paint, usableWidth);
            var unit = ReaderText.Get(language, model.Change is null ? "Table.UnitLevel" : "Table.UnitChange");
            var subtitle = string.Format(
                culture, ReaderText.Get(language, "Table.Subtitle"), rows.Count, unit, pageIndex + 2, pageCount + 1);
            Text(canvas, subtitle, Margin, Margin + 30, regular, MutedColour, paint, usableWidth);

            var pageRows = rows.Skip(pageIndex * rowsPerPage).Take(rowsPerPage).ToList();
            for (var block = 0; block * rowsPerBlock < pageRows.Count; block++)
            {
                var left = Margin + (block * (blockWidth + BlockGap));
                DrawBlock(canvas, pageRows.Skip(block * rowsPerBlock).Take(rowsPerBlock), left, tableTop, blockWidth, regular, semibold, paint, language);
            }

            var y = page.Height - Margin - ((footnoteLines.Count - 1) * 11);
            foreach (var line in footnoteLines)
            {
                Text(canvas, line.Text, Margin, y, small, line.Colour, paint, usableWidth);
                y += 11;
            }

            document.EndPage();
        }
    }

    private static void DrawBlock(SKCanvas canvas, IEnumerable<Row> rows, float left, float top, float width, SKFont regular, SKFont semibold, SKPaint paint, ReaderLanguage language)
    {
        var nameWidth = width - CodeColumn - ValueColumn - 8;
        var baseline = top + RowHeight - 3;
        Text(canvas, ReaderText.Get(language, "Table.Code"), left + 2, baseline, semibold, TextColour, paint, CodeColumn);
        Text(canvas, ReaderText.Get(language, "Table.Name"), left + CodeColumn, baseline, semibold, TextColour, paint, nameWidth);
        paint.Color = SkiaMapPainter.Colour(TextColour);
        canvas.DrawText(ReaderText.Get(language, "Table.Value"), left + width - 2, baseline, SKTextAlign.Right, semibold, paint);
        paint.Color = SkiaMapPainter.Colour(RuleColour);
        canvas.DrawRect(left, top + RowHeight + 1, width, 0.6f, paint);

        var rowTop = top + RowHeight + 4;
        var index = 0;
        foreach (var row in rows)
        {
            if (index++ % 2 == 1)
            {
                paint.Color = SkiaMapPainter.Colour(StripeColour);
                canvas.DrawRect(left, rowTop, width, RowHeight, paint);
            }

            baseline = rowTop + RowHeight - 3;
            Text(canvas, row.Code, left + 2, baseline, regular, TextColour, paint, CodeColumn);
            Text(canvas, row.Name, left + CodeColumn, baseline, regular, TextColour, paint, nameWidth);
            paint.Color = SkiaMapPainter.Colour(TextColour);
            canvas.DrawText(row.Value, left + width - 2, baseline, SKTextAlign.Right, regular, paint);
            rowTop += RowHeight;
        }
    }

    /// <summary>
    /// The narrow value column's mark for a missing score: SSB's symbol, or "i.o." (ikke oppgitt) and "i.m." (ikke med
    /// i datasettet), which SSB's symbols do not cover (English "n.s.", "n.d."); the footnote explains each mark used.
    /// </summary>
    private static string Mark(EntryStatus status, SsbSymbol? symbol, ReaderLanguage language) => status switch
    {
        EntryStatus.SsbSymbol => SsbSymbolText.Symbol(symbol!.Value),
        EntryStatus.NotStated => ReaderText.Get(language, "Table.MarkNotStated"),
        EntryStatus.NotComparable => ReaderText.Get(language, "Table.MarkNotComparable"),
        _ => ReaderText.Get(language, "Table.MarkNotInDataset"),
    };

    private static List<(string Text, string Colour)> Footnotes(ChoroplethModel model)
    {
        var lines = new List<(string, string)>();
        if (model.Missing.Count > 0)
        {
            var language = model.Language;
            var marks = string.Join(", ", model.Missing.Select(g => $"{Mark(g.Status, g.Symbol, language)} {g.Reason.ToLower(ReaderText.Culture(language))}"));
            lines.Add((ReaderText.Format(language, "Table.Marks", marks), MutedColour));
        }

        if (model.IsSample)
        {
            lines.Add((SurveyDataset.SampleNoticeText(model.Language), MapScene.NoticeColour));
        }

        lines.Add((model.SourceLine, MutedColour));
        return lines;
    }

    /// <summary>Left-aligned text cut with an ellipsis to <paramref name="maxWidth"/> (long multilingual names).</summary>
    private static void Text(SKCanvas canvas, string text, float x, float baseline, SKFont font, string colour, SKPaint paint, float maxWidth)
    {
        if (font.MeasureText(text) > maxWidth)
        {
            var keep = font.BreakText(text, maxWidth - font.MeasureText("…"));
            text = text[..Math.Max(0, keep)].TrimEnd() + "…";
        }

        paint.Color = SkiaMapPainter.Colour(colour);
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, paint);
    }
}
