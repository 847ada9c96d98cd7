/**
 * Share targets as plain URLs: a reader's click is the only thing that ever talks to these services.
 * No widget, script, iframe or pixel from them is loaded by the site.
 */
export interface ShareInput {
  url: string;
  title: string;
  /** Absolute URL of the cover image; Pinterest needs one, so without it there is no Pinterest link. */
  imageUrl?: string | null;
}

export interface ShareTarget {
  id: 'email' | 'facebook' | 'x' | 'linkedin' | 'whatsapp' | 'pinterest';
  network: string;
  href: string;
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString().replace(/\+/g, '%20');

export function shareTargets({ url, title, imageUrl }: ShareInput): ShareTarget[] {
  const targets: ShareTarget[] = [
    // mailto: takes RFC 6068 encoding; URLSearchParams would turn spaces into "+", which mail apps show.
    {
      id: 'email',
      network: 'Email',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
    {
      id: 'facebook',
      network: 'Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}`,
    },
    { id: 'x', network: 'X', href: `https://x.com/intent/tweet?${q({ text: title, url })}` },
    {
      id: 'linkedin',
      network: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}`,
    },
    { id: 'whatsapp', network: 'WhatsApp', href: `https://wa.me/?${q({ text: `${title} ${url}` })}` },
  ];
  if (imageUrl) {
    targets.push({
      id: 'pinterest',
      network: 'Pinterest',
      href: `https://www.pinterest.com/pin/create/button/?${q({ url, media: imageUrl, description: title })}`,
    });
  }
  return targets;
}
