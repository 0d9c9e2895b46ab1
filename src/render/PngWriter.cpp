#include "PngWriter.h"
#include <csetjmp>
#include <png.h>

namespace ps::render {

namespace {

void writeData(png_structp png, png_bytep data, png_size_t length)
{
    auto* out = static_cast<QIODevice*>(png_get_io_ptr(png));
    if (out->write(reinterpret_cast<const char*>(data), static_cast<qint64>(length)) != static_cast<qint64>(length))
        png_error(png, "write failed");
}

void flushData(png_structp) {}

// libpng reports errors by longjmp: only plain data lives in this frame.
bool writeRows(png_structp png, png_infop info, const QImage& img)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_IHDR(png, info, static_cast<png_uint_32>(img.width()), static_cast<png_uint_32>(img.height()), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (img.dotsPerMeterX() > 0 && img.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, static_cast<png_uint_32>(img.dotsPerMeterX()), static_cast<png_uint_32>(img.dotsPerMeterY()),
                     PNG_RESOLUTION_METER);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, 3);
    png_write_info(png, info);
    // QImage::Format_RGB32 rows are 0xffRRGGBB words: B, G, R, 0xff in memory on little-endian.
    if (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER);
    } else {
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    for (int y = 0; y < img.height(); ++y)
        png_write_row(png, img.constScanLine(y));
    png_write_end(png, info);
    return true;
}

} // namespace

bool writePng(const QImage& image, QIODevice& out)
{
    const QImage img = image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    bool ok = info != nullptr;
    if (ok) {
        png_set_write_fn(png, &out, writeData, flushData);
        ok = writeRows(png, info, img);
    }
    png_destroy_write_struct(&png, &info);
    return ok;
}

} // namespace ps::render
