// The site's paths are shared with the CMS (links in the welcome letter's QR code, "view on site").
export * from '@velkomst/shared/routes'
