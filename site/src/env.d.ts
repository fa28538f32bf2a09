/** What a build decided once, for every page: the velkomst integration provides it. */
declare module 'virtual:velkomst/build' {
  export interface MapTiles {
    url: string
    attribution: string
  }

  export interface BuildSettings {
    /**
     * The snapshot folder (snapshot.json and media/), absolute, for the dev server; null in a
     * build (the site engine hands the pages their content).
     */
    contentDir: string | null
    /** "Now" for the dev server (ISO); null in a build. */
    buildDate: string | null
    /** Interactive map tiles, or null for none. */
    mapTiles: MapTiles | null
    /** Where the public forms post: the CMS's public address (FORMS_URL, else CMS_URL). */
    formsUrl: string
  }

  const settings: BuildSettings
  export default settings
}
