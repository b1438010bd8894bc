// Bare PhotoSwipe as its docs set it up: the lightbox up front, the core on first open.
import PhotoSwipeLightbox from 'photoswipe/lightbox';

new PhotoSwipeLightbox({ gallery: '#gallery', children: 'a', pswpModule: () => import('photoswipe') }).init();
