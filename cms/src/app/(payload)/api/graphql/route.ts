import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { checkedGraphql } from '../../../../http/routes'

export const POST = checkedGraphql(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
