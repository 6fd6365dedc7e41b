import type { ExportSize } from "./exportSizes";

/** Draw SVG markup on a canvas of exactly `size` pixels and encode it as PNG. */
export async function svgToPngBlob(svg: string, size: ExportSize): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image(size.widthPx, size.heightPx);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = size.widthPx;
    canvas.height = size.heightPx;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw on a canvas");
    context.drawImage(image, 0, 0, size.widthPx, size.heightPx);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the image is too large for this browser"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

