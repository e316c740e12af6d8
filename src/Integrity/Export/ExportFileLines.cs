using System.Buffers;

namespace AgreementTracker.Integrity.Export;

/// <summary>
/// An export's lines as bytes, split at LF only, so a verifier hashes exactly the bytes it checks: a CR stays part of
/// its line, and the bytes after the last LF, if any, are a last line that <see cref="EndsWithLineFeed"/> says lacks it.
/// Lines come in batches of whole lines, each batch in a buffer of its own, so batches can be checked side by side
/// while the next is read.
/// </summary>
internal sealed class ExportFileLines(Stream stream)
{
    private const int BatchBytes = 1 << 22;

    private byte[] _window = new byte[4 * BatchBytes];
    private int _start, _end;

    public bool EndsWithLineFeed { get; private set; } = true;

    /// <summary>
    /// The next whole lines, about <see cref="BatchBytes"/> of them but at least one (just one when
    /// <paramref name="oneLine"/>), or null at the end of the file.
    /// </summary>
    public LineBatch? Next(bool oneLine = false)
    {
        var searchFrom = _start;
        while (true)
        {
            var firstLineFeed = _window.AsSpan(searchFrom, _end - searchFrom).IndexOf((byte)'\n');
            if (firstLineFeed >= 0)
                return Take(searchFrom + firstLineFeed, oneLine);
            var scanned = _end - _start;
            if (!Fill())
                return Rest();
            searchFrom = _start + scanned;
        }
    }

    private LineBatch Take(int firstLineFeed, bool oneLine)
    {
        var lastLineFeed = firstLineFeed;
        var batchEnd = Math.Min(_end, _start + BatchBytes);
        if (!oneLine && batchEnd > firstLineFeed)
            lastLineFeed += _window.AsSpan(firstLineFeed, batchEnd - firstLineFeed).LastIndexOf((byte)'\n');
        var bytes = _window.AsSpan(_start, lastLineFeed - _start);
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(buffer);
        _start = lastLineFeed + 1;
        var lines = new List<Range>();
        for (var start = 0; start <= bytes.Length;)
        {
            var end = bytes[start..].IndexOf((byte)'\n') is var lineFeed and >= 0 ? start + lineFeed : bytes.Length;
            lines.Add(start..end);
            start = end + 1;
        }
        return new LineBatch(buffer, lines);
    }

    private LineBatch? Rest()
    {
        if (_start == _end)
            return null;
        var buffer = ArrayPool<byte>.Shared.Rent(_end - _start);
        _window.AsSpan(_start.._end).CopyTo(buffer);
        var line = 0..(_end - _start);
        _start = _end;
        EndsWithLineFeed = false;
        return new LineBatch(buffer, [line]);
    }

    private bool Fill()
    {
        var unread = _end - _start;
        Buffer.BlockCopy(_window, _start, _window, 0, unread);
        (_start, _end) = (0, unread);
        if (_end == _window.Length)
            Array.Resize(ref _window, _window.Length * 2);
        var read = stream.Read(_window, _end, _window.Length - _end);
        _end += read;
        return read > 0;
    }
}
