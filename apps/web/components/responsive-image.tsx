import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

interface ResponsiveImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** The image's rendered width at each breakpoint, as in the `sizes` attribute. */
  sizes: string;
  className?: string;
  /**
   * The page's largest paint (a lead story's or an article's cover): preloaded from the document head at
   * high priority and never lazy. Every other image loads lazily.
   */
  lcp?: boolean;
}

/**
 * An <img> with the optimiser's AVIF/WebP `srcset`, its real width and height (no layout shift), and no
 * client JavaScript: `next/image`'s <Image> is a Client Component, `getImageProps` gives the same
 * attributes from the server.
 */
export function ResponsiveImage({
  src,
  alt,
  width,
  height,
  sizes,
  className,
  lcp = false,
}: ResponsiveImageProps) {
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes,
    className,
    loading: lcp ? 'eager' : 'lazy',
    fetchPriority: lcp ? 'high' : undefined,
  });
  if (lcp)
    preload(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    });
  return <img {...props} alt={alt} />;
}
