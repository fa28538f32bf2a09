import { PublishOrSubmit as PublishOrSubmit_977beeb933c74d403432a3d6b8ae8b60 } from '../../../review/components/PublishOrSubmit'
import { DeskLink as DeskLink_9f8f8396cfab0c99150aa9e94a1e7cb8 } from '../../../tickets/components/DeskLink'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LetterTools as LetterTools_a148b551e1e208acb4eb6feaf57ac88f } from '../../../letters/components/LetterTools'
import { LetterUptake as LetterUptake_5c7360a0ee90c73ab216d897374d8545 } from '../../../tickets/components/LetterUptake'
import { Invite as Invite_180ae1fd0a87d27dcf076865ddda9b2f } from '../../../collections/Users/invite/Invite'
import { InviteAmbassador as InviteAmbassador_bf8c2b5d1fe4a332d4dd45f82b4cad9c } from '../../../collections/Ambassadors/invite/InviteAmbassador'
import { ErasePersonOfRequest as ErasePersonOfRequest_dac4696e59bbd0bb62c853e179008a3f } from '../../../retention/components/ErasePerson'
import { ErasePerson as ErasePerson_dac4696e59bbd0bb62c853e179008a3f } from '../../../retention/components/ErasePerson'
import { Icon as Icon_f1306b7f4e702a7de15080a9800f6496 } from '../../../admin/branding/Icon'
import { Logo as Logo_a41d5e6efd03cf45e56fd4cc78df7359 } from '../../../admin/branding/Logo'
import { ReviewNavLink as ReviewNavLink_3a57ba9d74ec3c25277f82156da6ed1d } from '../../../review/components/ReviewNavLink'
import { SurveyNavLink as SurveyNavLink_4a802f0ff996d7aa8fb9ea5e42b28203 } from '../../../feedback/components/SurveyNavLink'
import { TicketReportNavLink as TicketReportNavLink_c04cf6a8c686585eab147588c33898aa } from '../../../tickets/components/TicketReportNavLink'
import { Home as Home_2c5bc8a20f4c7ddc0f0e30b9ce93a083 } from '../../../admin/dashboard/Home'
import { AmbassadorHome as AmbassadorHome_503505af8f33aae97d8e3a29d8871170 } from '../../../collections/VisitRequests/components/AmbassadorHome'
import { AdminReady as AdminReady_1d2a2261405efe48f910b6be9bac1192 } from '../../../admin/AdminReady'
import { ReviewView as ReviewView_7a95c0c7ad67a0c3606540449f273a40 } from '../../../review/components/ReviewView'
import { SurveyResultsView as SurveyResultsView_a96e1510fa915699057ac384833e8311 } from '../../../feedback/components/SurveyResultsView'
import { TicketReportView as TicketReportView_e53d51c28273a5eee77c32c984f06427 } from '../../../tickets/components/TicketReportView'
import { SetPasswordView as SetPasswordView_a33f965de2af1f22e43ce3a95ff2ed7c } from '../../../collections/Users/set-password/SetPasswordView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/review/components/PublishOrSubmit#PublishOrSubmit": PublishOrSubmit_977beeb933c74d403432a3d6b8ae8b60,
  "/tickets/components/DeskLink#DeskLink": DeskLink_9f8f8396cfab0c99150aa9e94a1e7cb8,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/letters/components/LetterTools#LetterTools": LetterTools_a148b551e1e208acb4eb6feaf57ac88f,
  "/tickets/components/LetterUptake#LetterUptake": LetterUptake_5c7360a0ee90c73ab216d897374d8545,
  "/collections/Users/invite/Invite#Invite": Invite_180ae1fd0a87d27dcf076865ddda9b2f,
  "/collections/Ambassadors/invite/InviteAmbassador#InviteAmbassador": InviteAmbassador_bf8c2b5d1fe4a332d4dd45f82b4cad9c,
  "/retention/components/ErasePerson#ErasePersonOfRequest": ErasePersonOfRequest_dac4696e59bbd0bb62c853e179008a3f,
  "/retention/components/ErasePerson#ErasePerson": ErasePerson_dac4696e59bbd0bb62c853e179008a3f,
  "/admin/branding/Icon#Icon": Icon_f1306b7f4e702a7de15080a9800f6496,
  "/admin/branding/Logo#Logo": Logo_a41d5e6efd03cf45e56fd4cc78df7359,
  "/review/components/ReviewNavLink#ReviewNavLink": ReviewNavLink_3a57ba9d74ec3c25277f82156da6ed1d,
  "/feedback/components/SurveyNavLink#SurveyNavLink": SurveyNavLink_4a802f0ff996d7aa8fb9ea5e42b28203,
  "/tickets/components/TicketReportNavLink#TicketReportNavLink": TicketReportNavLink_c04cf6a8c686585eab147588c33898aa,
  "/admin/dashboard/Home#Home": Home_2c5bc8a20f4c7ddc0f0e30b9ce93a083,
  "/collections/VisitRequests/components/AmbassadorHome#AmbassadorHome": AmbassadorHome_503505af8f33aae97d8e3a29d8871170,
  "/admin/AdminReady#AdminReady": AdminReady_1d2a2261405efe48f910b6be9bac1192,
  "/review/components/ReviewView#ReviewView": ReviewView_7a95c0c7ad67a0c3606540449f273a40,
  "/feedback/components/SurveyResultsView#SurveyResultsView": SurveyResultsView_a96e1510fa915699057ac384833e8311,
  "/tickets/components/TicketReportView#TicketReportView": TicketReportView_e53d51c28273a5eee77c32c984f06427,
  "/collections/Users/set-password/SetPasswordView#SetPasswordView": SetPasswordView_a33f965de2af1f22e43ce3a95ff2ed7c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
