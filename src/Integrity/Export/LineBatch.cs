using System.Buffers;

namespace AgreementTracker.Integrity.Export;

/// <summary>Whole lines of an export in one pooled buffer, which <see cref="Release"/> hands back once they are checked.</summary>
internal sealed class LineBatch(byte[] buffer, List<Range> lines)
{
    public int Count => lines.Count;

    public ReadOnlySpan<byte> this[int line] => buffer.AsSpan(lines[line]);

    public void Release() => ArrayPool<byte>.Shared.Return(buffer);
}
