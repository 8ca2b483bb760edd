using System.Text;
using Kommunedigital.Core.Export;
using SkiaSharp;

namespace Kommunedigital.Core.Tests.Export;

public class SvgPathDataTests
{
    [Fact]
    public void AVertexOnTheStraightLineBetweenItsNeighboursIsLeftOut()
    {
        // A 3 × 2 rectangle drawn with a vertex at every unit of its bottom and right sides, and one closing back onto
        // the first: only the four corners draw anything.
        var ring = Points((0, 0), (1, 0), (2, 0), (3, 0), (3, 1), (3, 2), (2, 2), (0, 2), (0, 1), (0, 0));

        Assert.Equal("M0 0l3 0 0 2-3 0z", Write(ring));
    }

    [Fact]
    public void ADiagonalRunIsOneMoveAndATurnBackIsKept()
    {
        // (1,1) and (2,2) lie on the diagonal from (0,0) to (3,3); (4,3) turns, and the spike out to (6,3) and back
        // to (5,3) reverses: a vertex is dropped only between its neighbours, never at a turn back.
        var ring = Points((0, 0), (1, 1), (2, 2), (3, 3), (6, 3), (5, 3), (5, 0));

        Assert.Equal("M0 0l3 3 3 0-1 0 0-3z", Write(ring));
    }

    [Fact]
    public void TenthsAreComparedExactly()
    {
        // (0.5, 0.5) is on the line from (0,0) to (1,1); (1.5, 1.4) is a tenth off the line to (2,2).
        var ring = Points((0, 0), (0.5, 0.5), (1, 1), (1.5, 1.4), (2, 2), (2, 0));

        Assert.Equal("M0 0l1 1 .5 .4 .5 .6 0-2z", Write(ring));
    }

    [Fact]
    public void ARingWhoseVerticesAllLieOnOneLineIsNotDrawn()
    {
        Assert.Equal("", Write(Points((0, 0), (1, 0), (2, 0), (3, 0))));
    }

    private static SKPoint[] Points(params (double X, double Y)[] points) =>
        points.Select(p => new SKPoint((float)p.X, (float)p.Y)).ToArray();

    private static string Write(SKPoint[] ring)
    {
        var path = new StringBuilder();
        SvgPathData.Append(path, [ring]);
        return path.ToString();
    }
}
