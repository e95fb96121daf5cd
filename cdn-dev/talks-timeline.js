/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t$1=globalThis,e$2=t$1.ShadowRoot&&(void 0===t$1.ShadyCSS||t$1.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,s$2=Symbol(),o$3=new WeakMap;let n$2 = class n{constructor(t,e,o){if(this._$cssResult$=true,o!==s$2)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e;}get styleSheet(){let t=this.o;const s=this.t;if(e$2&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o$3.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o$3.set(s,t));}return t}toString(){return this.cssText}};const r$2=t=>new n$2("string"==typeof t?t:t+"",void 0,s$2),i$3=(t,...e)=>{const o=1===t.length?t[0]:e.reduce((e,s,o)=>e+(t=>{if(true===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[o+1],t[0]);return new n$2(o,t,s$2)},S$1=(s,o)=>{if(e$2)s.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const e of o){const o=document.createElement("style"),n=t$1.litNonce;void 0!==n&&o.setAttribute("nonce",n),o.textContent=e.cssText,s.appendChild(o);}},c$2=e$2?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r$2(e)})(t):t;

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const{is:i$2,defineProperty:e$1,getOwnPropertyDescriptor:h$1,getOwnPropertyNames:r$1,getOwnPropertySymbols:o$2,getPrototypeOf:n$1}=Object,a$1=globalThis,c$1=a$1.trustedTypes,l$1=c$1?c$1.emptyScript:"",p$1=a$1.reactiveElementPolyfillSupport,d$1=(t,s)=>t,u$1={toAttribute(t,s){switch(s){case Boolean:t=t?l$1:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t);}return t},fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t);}catch(t){i=null;}}return i}},f$1=(t,s)=>!i$2(t,s),b$1={attribute:true,type:String,converter:u$1,reflect:false,useDefault:false,hasChanged:f$1};Symbol.metadata??=Symbol("metadata"),a$1.litPropertyMetadata??=new WeakMap;let y$1 = class y extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t);}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,s=b$1){if(s.state&&(s.attribute=false),this._$Ei(),this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=true),this.elementProperties.set(t,s),!s.noAccessor){const i=Symbol(),h=this.getPropertyDescriptor(t,i,s);void 0!==h&&e$1(this.prototype,t,h);}}static getPropertyDescriptor(t,s,i){const{get:e,set:r}=h$1(this.prototype,t)??{get(){return this[s]},set(t){this[s]=t;}};return {get:e,set(s){const h=e?.call(this);r?.call(this,s),this.requestUpdate(t,h,i);},configurable:true,enumerable:true}}static getPropertyOptions(t){return this.elementProperties.get(t)??b$1}static _$Ei(){if(this.hasOwnProperty(d$1("elementProperties")))return;const t=n$1(this);t.finalize(),void 0!==t.l&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties);}static finalize(){if(this.hasOwnProperty(d$1("finalized")))return;if(this.finalized=true,this._$Ei(),this.hasOwnProperty(d$1("properties"))){const t=this.properties,s=[...r$1(t),...o$2(t)];for(const i of s)this.createProperty(i,t[i]);}const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i);}this._$Eh=new Map;for(const[t,s]of this.elementProperties){const i=this._$Eu(t,s);void 0!==i&&this._$Eh.set(i,t);}this.elementStyles=this.finalizeStyles(this.styles);}static finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(c$2(s));}else void 0!==s&&i.push(c$2(s));return i}static _$Eu(t,s){const i=s.attribute;return  false===i?void 0:"string"==typeof i?i:"string"==typeof t?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=false,this.hasUpdated=false,this._$Em=null,this._$Ev();}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this));}addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.();}removeController(t){this._$EO?.delete(t);}_$E_(){const t=new Map,s=this.constructor.elementProperties;for(const i of s.keys())this.hasOwnProperty(i)&&(t.set(i,this[i]),delete this[i]);t.size>0&&(this._$Ep=t);}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return S$1(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(true),this._$EO?.forEach(t=>t.hostConnected?.());}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.());}attributeChangedCallback(t,s,i){this._$AK(t,i);}_$ET(t,s){const i=this.constructor.elementProperties.get(t),e=this.constructor._$Eu(t,i);if(void 0!==e&&true===i.reflect){const h=(void 0!==i.converter?.toAttribute?i.converter:u$1).toAttribute(s,i.type);this._$Em=t,null==h?this.removeAttribute(e):this.setAttribute(e,h),this._$Em=null;}}_$AK(t,s){const i=this.constructor,e=i._$Eh.get(t);if(void 0!==e&&this._$Em!==e){const t=i.getPropertyOptions(e),h="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u$1;this._$Em=e;const r=h.fromAttribute(s,t.type);this[e]=r??this._$Ej?.get(e)??r,this._$Em=null;}}requestUpdate(t,s,i,e=false,h){if(void 0!==t){const r=this.constructor;if(false===e&&(h=this[t]),i??=r.getPropertyOptions(t),!((i.hasChanged??f$1)(h,s)||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))))return;this.C(t,s,i);} false===this.isUpdatePending&&(this._$ES=this._$EP());}C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),true!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),true===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t));}async _$EP(){this.isUpdatePending=true;try{await this._$ES;}catch(t){Promise.reject(t);}const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,s]of this._$Ep)this[t]=s;this._$Ep=void 0;}const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];true!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e);}}let t=false;const s=this._$AL;try{t=this.shouldUpdate(s),t?(this.willUpdate(s),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(s)):this._$EM();}catch(s){throw t=false,this._$EM(),s}t&&this._$AE(s);}willUpdate(t){}_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=true,this.firstUpdated(t)),this.updated(t);}_$EM(){this._$AL=new Map,this.isUpdatePending=false;}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return  true}update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM();}updated(t){}firstUpdated(t){}};y$1.elementStyles=[],y$1.shadowRootOptions={mode:"open"},y$1[d$1("elementProperties")]=new Map,y$1[d$1("finalized")]=new Map,p$1?.({ReactiveElement:y$1}),(a$1.reactiveElementVersions??=[]).push("2.1.2");

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t=globalThis,i$1=t=>t,s$1=t.trustedTypes,e=s$1?s$1.createPolicy("lit-html",{createHTML:t=>t}):void 0,h="$lit$",o$1=`lit$${Math.random().toFixed(9).slice(2)}$`,n="?"+o$1,r=`<${n}>`,l=document,c=()=>l.createComment(""),a=t=>null===t||"object"!=typeof t&&"function"!=typeof t,u=Array.isArray,d=t=>u(t)||"function"==typeof t?.[Symbol.iterator],f="[ \t\n\f\r]",v=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,_=/-->/g,m=/>/g,p=RegExp(`>|${f}(?:([^\\s"'>=/]+)(${f}*=${f}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),g=/'/g,$=/"/g,y=/^(?:script|style|textarea|title)$/i,x=t=>(i,...s)=>({_$litType$:t,strings:i,values:s}),b=x(1),w=x(2),E=Symbol.for("lit-noChange"),A=Symbol.for("lit-nothing"),C=new WeakMap,P=l.createTreeWalker(l,129);function V(t,i){if(!u(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==e?e.createHTML(i):i}const N=(t,i)=>{const s=t.length-1,e=[];let n,l=2===i?"<svg>":3===i?"<math>":"",c=v;for(let i=0;i<s;i++){const s=t[i];let a,u,d=-1,f=0;for(;f<s.length&&(c.lastIndex=f,u=c.exec(s),null!==u);)f=c.lastIndex,c===v?"!--"===u[1]?c=_:void 0!==u[1]?c=m:void 0!==u[2]?(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p):void 0!==u[3]&&(c=p):c===p?">"===u[0]?(c=n??v,d=-1):void 0===u[1]?d=-2:(d=c.lastIndex-u[2].length,a=u[1],c=void 0===u[3]?p:'"'===u[3]?$:g):c===$||c===g?c=p:c===_||c===m?c=v:(c=p,n=void 0);const x=c===p&&t[i+1].startsWith("/>")?" ":"";l+=c===v?s+r:d>=0?(e.push(a),s.slice(0,d)+h+s.slice(d)+o$1+x):s+o$1+(-2===d?i:x);}return [V(t,l+(t[s]||"<?>")+(2===i?"</svg>":3===i?"</math>":"")),e]};class S{constructor({strings:t,_$litType$:i},e){let r;this.parts=[];let l=0,a=0;const u=t.length-1,d=this.parts,[f,v]=N(t,i);if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes);}for(;null!==(r=P.nextNode())&&d.length<u;){if(1===r.nodeType){if(r.hasAttributes())for(const t of r.getAttributeNames())if(t.endsWith(h)){const i=v[a++],s=r.getAttribute(t).split(o$1),e=/([.?@])?(.*)/.exec(i);d.push({type:1,index:l,name:e[2],strings:s,ctor:"."===e[1]?I:"?"===e[1]?L:"@"===e[1]?z:H}),r.removeAttribute(t);}else t.startsWith(o$1)&&(d.push({type:6,index:l}),r.removeAttribute(t));if(y.test(r.tagName)){const t=r.textContent.split(o$1),i=t.length-1;if(i>0){r.textContent=s$1?s$1.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c());}}}else if(8===r.nodeType)if(r.data===n)d.push({type:2,index:l});else {let t=-1;for(;-1!==(t=r.data.indexOf(o$1,t+1));)d.push({type:7,index:l}),t+=o$1.length-1;}l++;}}static createElement(t,i){const s=l.createElement("template");return s.innerHTML=t,s}}function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(false),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}class R{constructor(t,i){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=i;}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:i},parts:s}=this._$AD,e=(t?.creationScope??l).importNode(i,true);P.currentNode=e;let h=P.nextNode(),o=0,n=0,r=s[0];for(;void 0!==r;){if(o===r.index){let i;2===r.type?i=new k(h,h.nextSibling,this,t):1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t)),this._$AV.push(i),r=s[++n];}o!==r?.index&&(h=P.nextNode(),o++);}return P.currentNode=l,e}p(t){let i=0;for(const s of this._$AV) void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i])),i++;}}class k{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,i,s,e){this.type=2,this._$AH=A,this._$AN=void 0,this._$AA=t,this._$AB=i,this._$AM=s,this.options=e,this._$Cv=e?.isConnected??true;}get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,i=this){t=M(this,t,i),a(t)?t===A||null==t||""===t?(this._$AH!==A&&this._$AR(),this._$AH=A):t!==this._$AH&&t!==E&&this._(t):void 0!==t._$litType$?this.$(t):void 0!==t.nodeType?this.T(t):d(t)?this.k(t):this._(t);}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t));}_(t){this._$AH!==A&&a(this._$AH)?this._$AA.nextSibling.data=t:this.T(l.createTextNode(t)),this._$AH=t;}$(t){const{values:i,_$litType$:s}=t,e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===e)this._$AH.p(i);else {const t=new R(e,this),s=t.u(this.options);t.p(i),this.T(s),this._$AH=t;}}_$AC(t){let i=C.get(t.strings);return void 0===i&&C.set(t.strings,i=new S(t)),i}k(t){u(this._$AH)||(this._$AH=[],this._$AR());const i=this._$AH;let s,e=0;for(const h of t)e===i.length?i.push(s=new k(this.O(c()),this.O(c()),this,this.options)):s=i[e],s._$AI(h),e++;e<i.length&&(this._$AR(s&&s._$AB.nextSibling,e),i.length=e);}_$AR(t=this._$AA.nextSibling,s){for(this._$AP?.(false,true,s);t!==this._$AB;){const s=i$1(t).nextSibling;i$1(t).remove(),t=s;}}setConnected(t){ void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t));}}class H{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,i,s,e,h){this.type=1,this._$AH=A,this._$AN=void 0,this.element=t,this.name=i,this._$AM=e,this.options=h,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=A;}_$AI(t,i=this,s,e){const h=this.strings;let o=false;if(void 0===h)t=M(this,t,i,0),o=!a(t)||t!==this._$AH&&t!==E,o&&(this._$AH=t);else {const e=t;let n,r;for(t=h[0],n=0;n<h.length-1;n++)r=M(this,e[s+n],i,n),r===E&&(r=this._$AH[n]),o||=!a(r)||r!==this._$AH[n],r===A?t=A:t!==A&&(t+=(r??"")+h[n+1]),this._$AH[n]=r;}o&&!e&&this.j(t);}j(t){t===A?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"");}}class I extends H{constructor(){super(...arguments),this.type=3;}j(t){this.element[this.name]=t===A?void 0:t;}}class L extends H{constructor(){super(...arguments),this.type=4;}j(t){this.element.toggleAttribute(this.name,!!t&&t!==A);}}class z extends H{constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5;}_$AI(t,i=this){if((t=M(this,t,i,0)??A)===E)return;const s=this._$AH,e=t===A&&s!==A||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,h=t!==A&&(s===A||e);e&&this.element.removeEventListener(this.name,this,s),h&&this.element.addEventListener(this.name,this,t),this._$AH=t;}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t);}}class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=i,this.options=s;}get _$AU(){return this._$AM._$AU}_$AI(t){M(this,t);}}const B=t.litHtmlPolyfillSupport;B?.(S,k),(t.litHtmlVersions??=[]).push("3.3.3");const D=(t,i,s)=>{const e=s?.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s??{});}return h._$AI(t),h};

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const s=globalThis;class i extends y$1{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0;}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=D(r,this.renderRoot,this.renderOptions);}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(true);}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(false);}render(){return E}}i._$litElement$=true,i["finalized"]=true,s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});(s.litElementVersions??=[]).push("4.2.2");

/**
 * Proleptic Gregorian calendar arithmetic on plain integers, in UTC.
 * No `Date` object is involved, so no host time zone can shift a day, and
 * years outside `Date`'s range (EDTF's `Y170000002`) still get epoch bounds.
 */
const MS_PER_DAY = 86_400_000;
/** JavaScript dates, and so Intl and the axis, reach about ±275,000 years. */
const DRAWABLE_YEARS = 275_000;
function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
function daysInMonth(year, month) {
    if (month === 2)
        return isLeapYear(year) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/** Days from 1970-01-01 to the given civil date (Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (month + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468;
}
/** UTC epoch milliseconds at the start of a civil day. */
function utcDayStart(year, month, day) {
    return daysFromCivil(year, month, day) * MS_PER_DAY;
}
/** Civil date of UTC epoch milliseconds (Hinnant's civil_from_days). */
function civilFromMs(ms) {
    const z = Math.floor(ms / MS_PER_DAY) + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * EDTF (ISO 8601-2) level 0–1 parser. Pure integer arithmetic: no `Date`
 * parsing of strings, so calendar dates never shift with the host time zone.
 */
/** Season codes of EDTF level 1, mapped to meteorological (northern) seasons. */
const SEASON_MONTHS = {
    21: [3, 3], // spring: March–May
    22: [6, 3], // summer: June–August
    23: [9, 3], // autumn: September–November
    24: [12, 3], // winter: December–February of the next year
};
function fail(text, why) {
    throw new RangeError(`Invalid date "${text}": ${why}`);
}
const YEAR_LONG = /^Y(-?)([1-9]\d{4,})$/;
const DATE_RE = /^(-?)(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/;
const TIME_RE = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
function point(text, part, allowTime, inInterval) {
    let body = part;
    let approximate = false;
    let uncertain = false;
    const q = body.at(-1);
    if (q === '?' || q === '~' || q === '%') {
        body = body.slice(0, -1);
        if (/[?~%]$/.test(body))
            fail(text, 'use a single qualifier; "%" means both uncertain and approximate');
        uncertain = q === '?' || q === '%';
        approximate = q === '~' || q === '%';
    }
    const qualified = approximate || uncertain;
    if (/[?~%]/.test(body))
        fail(text, 'qualifiers on single parts of a date are EDTF level 2, not supported');
    const long = YEAR_LONG.exec(body);
    if (long) {
        if (qualified)
            fail(text, 'a Y-prefixed year cannot be qualified');
        const year = Number(long[1] + long[2]);
        return {
            year, precision: 'year', unspecifiedYearDigits: 0, unspecifiedMonth: false, unspecifiedDay: false,
            approximate, uncertain, min: utcDayStart(year, 1, 1), max: utcDayStart(year + 1, 1, 1) - 1,
        };
    }
    if (/^Y/i.test(body))
        fail(text, 'the Y prefix is for years of more than four digits, written "Y" then the digits');
    const [datePart, timePart, ...more] = body.split('T');
    if (more.length)
        fail(text, 'more than one "T"');
    const m = DATE_RE.exec(datePart);
    if (!m) {
        if (/^-?\d{5,}/.test(datePart))
            fail(text, 'years of more than four digits need the Y prefix');
        if (/\s/.test(part))
            fail(text, 'spaces are not allowed');
        if (/^-?\d{8}/.test(datePart))
            fail(text, 'write dates with hyphens, as YYYY-MM-DD');
        fail(text, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
    }
    const negative = m[1] === '-';
    const yearText = m[2];
    const monthText = m[3];
    const dayText = m[4];
    const unspecifiedYearDigits = (yearText.match(/X/g) ?? []).length;
    const unspecifiedMonth = monthText === 'XX';
    const unspecifiedDay = dayText === 'XX';
    const unspecified = unspecifiedYearDigits > 0 || unspecifiedMonth || unspecifiedDay;
    if (unspecified && negative)
        fail(text, 'unspecified digits in a negative year are not supported');
    if (unspecified && qualified)
        fail(text, 'a date with unspecified digits (X) cannot also be qualified');
    if (unspecified && inInterval)
        fail(text, 'unspecified digits (X) inside an interval are EDTF level 2, not supported');
    if (unspecifiedYearDigits && monthText)
        fail(text, 'a year with unspecified digits cannot have a month at level 1');
    if (unspecifiedMonth && dayText && !unspecifiedDay)
        fail(text, 'a known day in an unspecified month is EDTF level 2');
    const year = Number((negative ? '-' : '') + yearText.replace(/X/g, '0'));
    if (timePart !== undefined) {
        if (!allowTime)
            fail(text, 'intervals cannot include a time of day at EDTF level 0–1');
        if (qualified)
            fail(text, 'a date-time cannot be qualified');
        if (!dayText || unspecified)
            fail(text, 'a time needs a full date (YYYY-MM-DDThh:mm:ss)');
    }
    if (!monthText) {
        const span = 10 ** unspecifiedYearDigits;
        return {
            year, precision: 'year', unspecifiedYearDigits, unspecifiedMonth, unspecifiedDay, approximate, uncertain,
            min: utcDayStart(year, 1, 1), max: utcDayStart(year + span, 1, 1) - 1,
        };
    }
    if (unspecifiedMonth) {
        return {
            year, precision: dayText ? 'day' : 'month', unspecifiedYearDigits, unspecifiedMonth, unspecifiedDay,
            approximate, uncertain, min: utcDayStart(year, 1, 1), max: utcDayStart(year + 1, 1, 1) - 1,
        };
    }
    const month = Number(monthText);
    if (month >= 21 && month <= 24) {
        if (dayText)
            fail(text, 'a season cannot have a day');
        if (qualified)
            fail(text, 'a qualified season is EDTF level 2, not supported');
        if (inInterval)
            fail(text, 'intervals of seasons are not part of EDTF level 1');
        const [first, count] = SEASON_MONTHS[month];
        const endMonth = first + count; // may run into the next year
        return {
            year, season: month, precision: 'season', unspecifiedYearDigits, unspecifiedMonth, unspecifiedDay,
            approximate, uncertain,
            min: utcDayStart(year, first, 1),
            max: utcDayStart(year + Math.floor((endMonth - 1) / 12), ((endMonth - 1) % 12) + 1, 1) - 1,
        };
    }
    if (month < 1 || month > 12)
        fail(text, `month must be 01–12 (or a season 21–24), not ${monthText}`);
    if (!dayText) {
        return {
            year, month, precision: 'month', unspecifiedYearDigits, unspecifiedMonth, unspecifiedDay, approximate, uncertain,
            min: utcDayStart(year, month, 1),
            max: utcDayStart(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1,
        };
    }
    if (unspecifiedDay) {
        return {
            year, month, precision: 'day', unspecifiedYearDigits, unspecifiedMonth, unspecifiedDay, approximate, uncertain,
            min: utcDayStart(year, month, 1),
            max: utcDayStart(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1,
        };
    }
    const day = Number(dayText);
    const monthLength = daysInMonth(year, month);
    if (day < 1 || day > monthLength) {
        fail(text, day < 1 ? 'day must be 01 or more' : `day ${dayText} does not exist in ${yearText}-${monthText} (it has ${monthLength} days)`);
    }
    const dayStart = utcDayStart(year, month, day);
    if (timePart === undefined) {
        return {
            year, month, day, precision: 'day', unspecifiedYearDigits, unspecifiedMonth, unspecifiedDay, approximate, uncertain,
            min: dayStart, max: dayStart + MS_PER_DAY - 1,
        };
    }
    const t = TIME_RE.exec(timePart);
    if (!t)
        fail(text, 'expected a time as hh:mm:ss, optionally with fractional seconds and Z or ±hh:mm');
    const hour = Number(t[1]);
    const minute = Number(t[2]);
    const second = Number(t[3]);
    const millisecond = t[4] ? Math.floor(Number(`0.${t[4]}`) * 1000) : 0;
    if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute || second || millisecond))) {
        fail(text, 'the time must be between 00:00:00 and 24:00:00');
    }
    let offsetMinutes;
    if (t[5] === 'Z')
        offsetMinutes = 0;
    else if (t[5]) {
        const sign = t[5][0] === '-' ? -1 : 1;
        const digits = t[5].slice(1).replace(':', '');
        const oh = Number(digits.slice(0, 2));
        const om = Number(digits.slice(2) || '0');
        if (om > 59 || oh * 60 + om > 14 * 60)
            fail(text, 'a time zone offset must be within ±14:00');
        offsetMinutes = sign * (oh * 60 + om);
    }
    const instant = dayStart + ((hour * 60 + minute - (offsetMinutes ?? 0)) * 60 + second) * 1000 + millisecond;
    return {
        year, month, day, hour, minute, second, millisecond, offsetMinutes, precision: 'time',
        unspecifiedYearDigits, unspecifiedMonth, unspecifiedDay, approximate, uncertain, min: instant, max: instant,
    };
}
const PRECISION_RANK = { year: 0, season: 1, month: 2, day: 3, time: 4 };
/**
 * Parse an EDTF level 0–1 string. Throws a `RangeError` quoting the input and
 * saying what is wrong for anything else (level 2, impossible dates, reversed
 * intervals, malformed text).
 */
function parseDate(text) {
    let span = parsed.get(text);
    if (!span) {
        span = parse(text);
        // News data repeats its dates; validation and the model both parse them. A bounded memo.
        if (parsed.size >= 50_000)
            parsed.clear();
        parsed.set(text, span);
    }
    return span;
}
/** Parsed dates by text. A DateSpan is shared between callers: treat it as immutable. */
const parsed = new Map();
function parse(text) {
    if (typeof text !== 'string')
        throw new RangeError(`Invalid date ${JSON.stringify(text)}: expected a string`);
    if (text === '')
        fail(text, 'the date is empty');
    if (text.trim() !== text)
        fail(text, 'remove the spaces around the date');
    if (/[[\]{}]/.test(text))
        fail(text, 'sets and lists ([…], {…}) are EDTF level 2, not supported');
    const parts = text.split('/');
    if (parts.length > 2)
        fail(text, 'an interval has exactly one "/"');
    if (parts.length === 1) {
        if (text === '..')
            fail(text, '".." is only allowed as one end of an interval');
        const p = point(text, text, true, false);
        return {
            text, interval: false, start: p, end: p, openStart: false, openEnd: false, unknownStart: false, unknownEnd: false,
            min: p.min, max: p.max, precision: p.precision, approximate: p.approximate, uncertain: p.uncertain,
        };
    }
    const [a, b] = parts;
    if (a === '' && b === '')
        fail(text, 'an interval needs at least one known or open end');
    if ((a === '' && b === '..') || (a === '..' && b === ''))
        fail(text, 'an interval cannot mix an open end with an unknown one and no date');
    const start = a === '' || a === '..' ? null : point(text, a, false, true);
    const end = b === '' || b === '..' ? null : point(text, b, false, true);
    if (start && end && end.max < start.min)
        fail(text, 'the interval ends before it starts');
    const known = [start, end].filter((p) => p !== null);
    const precision = known.length
        ? known.reduce((best, p) => (PRECISION_RANK[p.precision] > PRECISION_RANK[best] ? p.precision : best), known[0].precision)
        : 'year';
    return {
        text, interval: true, start, end,
        openStart: a === '..', openEnd: b === '..', unknownStart: a === '', unknownEnd: b === '',
        min: start ? start.min : a === '..' ? -Infinity : null,
        max: end ? end.max : b === '..' ? Infinity : null,
        precision,
        approximate: known.some((p) => p.approximate),
        uncertain: known.some((p) => p.uncertain),
    };
}
/**
 * A finite [from, to] time extent for drawing: unknown or open ends fall
 * back to the known end, so every parsed date has a place on the axis.
 */
function spanExtent(span) {
    const from = span.start?.min ?? span.end?.min ?? 0;
    const to = span.end?.max ?? span.start?.max ?? from;
    return [from, to];
}

const en = {
    about: 'about %', possibly: 'possibly %', possiblyAbout: 'possibly about %',
    after: 'after %', before: 'before %', from: 'from %', until: 'until %',
    seasons: ['spring', 'summer', 'autumn', 'winter'], decade: '%s',
    events: { one: '{n} event', other: '{n} events' },
    summaryRange: '{events} from {from} to {to}', summaryTracks: { one: ' in {n} track', other: ' in {n} tracks' },
    summaryOne: '1 event, {date}', noEvents: 'No events',
    eventList: 'Events in date order', loading: 'Loading timeline…', close: 'Close',
    location: 'Location', participants: 'Participants', source: 'Source', sources: 'Sources',
    status: { occurred: '', scheduled: 'scheduled', possible: 'possible', cancelled: 'cancelled' },
    dropped: { other: '{dropped} of {total} events could not be shown.' },
    problems: { one: '1 problem was found in the data; all events are shown.', other: '{n} problems were found in the data; all events are shown.' },
    legendTitle: 'Key',
    zoom: ['Zoom', 'Zoom in', 'Zoom out', 'Show all'],
    earlier: 'Earlier events', later: 'Later events',
    previous: 'Previous', next: 'Next', position: '{n} of {total}', listView: 'List view', showing: 'Showing {range}',
    legend: {
        day: 'day', period: 'period', coarse: 'month, season or year', openEnd: 'open end',
        approximate: 'approximate', uncertain: 'uncertain',
        scheduled: 'scheduled', possible: 'possible', cancelled: 'cancelled',
    },
    loadFailed: 'Could not load the timeline from {url}: {reason}.',
    loadNetwork: 'the network request failed', loadHttp: 'the server answered {status}', loadEmpty: 'the file is empty', loadJson: 'the file is not valid JSON',
    loadInline: 'The inline timeline data (<script type="application/json">) is not valid JSON.',
};
/** The language packs that ship, by primary language subtag (each is a separate module). */
const PACKS = {
    uk: () => import('./lang/uk.js'),
    ru: () => import('./lang/ru.js'),
    tr: () => import('./lang/tr.js'),
    ar: () => import('./lang/ar.js'),
};
/** Languages whose component words (not only dates) are translated: English and the packs. */
const TRANSLATED_LANGUAGES = ['en', ...Object.keys(PACKS)];
/** Words registered so far, by primary language subtag. */
const catalogues = new Map([['en', en]]);
const loading = new Map();
/** The primary language subtag, lower-cased: "en-GB" → "en". */
function baseLanguage(lang) {
    return lang.toLowerCase().split(/[-_]/)[0];
}
/** Words for a language (its primary subtag), falling back to English while none are registered. */
function messagesFor(lang) {
    return catalogues.get(baseLanguage(lang)) ?? en;
}
/** Whether words for `lang` are registered (English always is). */
function hasMessages(lang) {
    return catalogues.has(baseLanguage(lang));
}
/**
 * Register (or replace) the words for a language: `registerMessages('pl', { ...words })`.
 * Missing keys fall back to English.
 */
function registerMessages(lang, words) {
    catalogues.set(baseLanguage(lang), { ...en, ...words });
}
/**
 * Make the words for `lang` available: resolves at once when they are registered, fetches the
 * shipped language pack when there is one, and otherwise resolves with English words.
 */
function loadMessages(lang) {
    const base = baseLanguage(lang);
    const known = catalogues.get(base);
    if (known || !PACKS[base])
        return Promise.resolve(known ?? en);
    let pending = loading.get(base);
    if (!pending) {
        pending = PACKS[base]().then((pack) => {
            if (!catalogues.has(base))
                registerMessages(base, pack.default);
            return messagesFor(base);
        }, () => {
            registerMessages(base, {}); // the pack could not be fetched: English words from now on
            return en;
        });
        loading.set(base, pending);
    }
    return pending;
}
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);
/** Languages written right to left. */
function isRightToLeft(lang) {
    return RTL.has(baseLanguage(lang));
}
/** Fill `{name}` (and `%`) placeholders. */
function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}
/** Pick the plural form for `n` in `lang` and fill it. */
function plural(lang, forms, n, values = {}) {
    let rule = 'other';
    try {
        rule = new Intl.PluralRules(lang).select(n);
    }
    catch {
        // an unknown language tag: 'other'
    }
    return fill(forms[rule] ?? forms.other, { n, ...values });
}
/** Put a text where `%` stands in a phrase. */
function phrase(template, text) {
    return template.replace('%', text);
}

/** The Intl options used, as constants: formatters are cached per options object and language. */
const YEAR = { year: 'numeric' };
const MONTH = { year: 'numeric', month: 'long' };
const DAY$3 = { year: 'numeric', month: 'long', day: 'numeric' };
const TIME = { ...DAY$3, hour: 'numeric', minute: '2-digit' };
const BY_PRECISION = { year: YEAR, season: YEAR, month: MONTH, day: DAY$3, time: TIME };
const WITH_ERA = new Map(Object.values(BY_PRECISION).map((o) => [o, { ...o, era: 'short' }]));
const formatters = new Map();
/** A UTC formatter for the language, cached per options object (pass constants): making one is slow. */
function dtf(lang, options) {
    let byLang = formatters.get(options);
    if (!byLang)
        formatters.set(options, (byLang = new Map()));
    let f = byLang.get(lang);
    if (!f) {
        try {
            f = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
        }
        catch {
            f = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
        }
        byLang.set(lang, f);
    }
    return f;
}
/** Intl options that say a point at its own precision (eras only for years before 1). */
function optionsFor(p) {
    const options = BY_PRECISION[p.precision];
    return p.year < 1 ? WITH_ERA.get(options) : options;
}
function offsetText(minutes) {
    if (minutes === 0)
        return 'UTC';
    const sign = minutes < 0 ? '−' : '+';
    const abs = Math.abs(minutes);
    const h = Math.floor(abs / 60);
    const m = abs % 60;
    return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}
/** A Date for Intl only: built from epoch ms, never parsed from text. */
function asDate(ms) {
    return new Date(ms);
}
function farYear(year, lang) {
    const number = new Intl.NumberFormat(lang, { useGrouping: false }).format(year > 0 ? year : 1 - year);
    if (year > 0)
        return number;
    const era = dtf(lang, WITH_ERA.get(YEAR)).formatToParts(asDate(utcDayStart(-1, 1, 1)))
        .find((part) => part.type === 'era')?.value ?? 'BC';
    return `${number} ${era}`;
}
/** The point in words at its precision, with no qualifier. */
function plainPoint(p, lang) {
    const words = messagesFor(lang);
    if (Math.abs(p.year) > DRAWABLE_YEARS)
        return farYear(p.year, lang);
    if (p.unspecifiedYearDigits === 1 && words.decade && p.year > 0)
        return phrase(words.decade, String(p.year));
    if (p.unspecifiedYearDigits > 0) {
        const last = p.year + 10 ** p.unspecifiedYearDigits - 1;
        return `${p.year}–${last}`;
    }
    if (p.precision === 'season' && p.season) {
        const year = dtf(lang, optionsFor(p)).format(asDate(p.min));
        return `${words.seasons[p.season - 21]} ${year}`;
    }
    if (p.precision === 'time') {
        // Show the wall-clock time the data gave, with its offset when it has one.
        const wall = p.min + (p.offsetMinutes ?? 0) * 60_000;
        const text = dtf(lang, optionsFor(p)).format(asDate(wall));
        return p.offsetMinutes === undefined ? text : `${text} ${offsetText(p.offsetMinutes)}`;
    }
    if (p.unspecifiedMonth)
        return dtf(lang, YEAR).format(asDate(p.min));
    if (p.unspecifiedDay)
        return dtf(lang, MONTH).format(asDate(p.min));
    return dtf(lang, optionsFor(p)).format(asDate(p.min));
}
/** A point in words with its qualifier; `governed` when a phrase like "after %" will wrap it. */
function sayPoint(p, lang, governed = false) {
    const w = messagesFor(lang);
    // A month governed by a preposition ("about June", "after May") may change its form (language packs).
    const inPhrase = (governed || p.approximate) && p.precision === 'month' && !p.unspecifiedDay && p.year > 0;
    const text = (inPhrase && w.monthInPhrase?.(p.min, lang)) || plainPoint(p, lang);
    if (p.approximate && p.uncertain)
        return phrase(w.possiblyAbout, text);
    if (p.approximate)
        return phrase(w.about, text);
    if (p.uncertain)
        return phrase(w.possibly, text);
    return text;
}
/** The HTML-valid `datetime` of a point, qualifiers stripped; '' when HTML has no form for it. */
function htmlDatetime(p) {
    if (p.year < 1 || p.year > 9999 && p.precision !== 'year')
        return '';
    const y = String(p.year).padStart(4, '0');
    const mm = (n) => String(n ?? 1).padStart(2, '0');
    if (p.precision === 'year' || p.precision === 'season' || p.unspecifiedMonth)
        return y;
    if (p.precision === 'month' || p.unspecifiedDay)
        return `${y}-${mm(p.month)}`;
    const date = `${y}-${mm(p.month)}-${mm(p.day)}`;
    if (p.precision === 'day')
        return date;
    const ms = p.millisecond ? `.${String(p.millisecond).padStart(3, '0')}` : '';
    const time = `${mm(p.hour)}:${mm(p.minute)}:${mm(p.second)}${ms}`;
    if (p.offsetMinutes === undefined)
        return `${date}T${time}`;
    if (p.offsetMinutes === 0)
        return `${date}T${time}Z`;
    const abs = Math.abs(p.offsetMinutes);
    return `${date}T${time}${p.offsetMinutes < 0 ? '-' : '+'}${mm(Math.floor(abs / 60))}:${mm(abs % 60)}`;
}
function timePart(p, text) {
    const datetime = htmlDatetime(p);
    return datetime ? { text, datetime } : { text };
}
/**
 * The label of a date as parts: words, and dates that carry their HTML
 * `datetime`. A closed interval gives two dated parts.
 */
function dateLabelParts(span, lang = 'en') {
    const w = messagesFor(lang);
    const { start, end } = span;
    if (!span.interval && start)
        return [timePart(start, sayPoint(start, lang))];
    if (start && end) {
        const plainRange = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain
            && start.precision === end.precision && (start.precision === 'day' || start.precision === 'month')
            && !start.unspecifiedDay && !end.unspecifiedDay && start.year > 0;
        if (plainRange) {
            const f = dtf(lang, optionsFor(start));
            const pieces = f.formatRangeToParts(asDate(start.min), asDate(end.min));
            const firstEnd = pieces.findIndex((x) => x.source === 'endRange');
            const lastStart = pieces.map((x) => x.source).lastIndexOf('startRange');
            if (firstEnd > lastStart && lastStart >= 0) {
                const join = (xs) => xs.map((x) => x.value).join('');
                return [
                    timePart(start, join(pieces.slice(0, lastStart + 1))),
                    { text: join(pieces.slice(lastStart + 1, firstEnd)) },
                    timePart(end, join(pieces.slice(firstEnd))),
                ];
            }
        }
        return [
            timePart(start, sayPoint(start, lang)),
            { text: ' – ' },
            timePart(end, sayPoint(end, lang)),
        ];
    }
    if (start) {
        const text = sayPoint(start, lang, true);
        const words = phrase(span.openEnd ? w.after : w.from, '\u0000');
        return splitAround(words, timePart(start, text));
    }
    if (end) {
        const text = sayPoint(end, lang, true);
        const words = phrase(span.openStart ? w.before : w.until, '\u0000');
        return splitAround(words, timePart(end, text));
    }
    return [{ text: '…' }];
}
/** Put a dated part where the placeholder stands in a translated phrase. */
function splitAround(phrase, dated) {
    const [before, after] = phrase.split('\u0000');
    return [...(before ? [{ text: before }] : []), dated, ...(after ? [{ text: after }] : [])];
}
/** A stretch of time between two instants (epoch ms) in days, as the reader says it: "10 May – 10 June 2025". */
function formatDayRange(from, to, lang = 'en') {
    return dtf(lang, DAY$3).formatRange(asDate(from), asDate(to));
}
/** One end of a date in words, with its qualifier: "about June 2025". */
function formatPoint(p, lang = 'en') {
    return sayPoint(p, lang);
}

/** From validated data to the items the layout and the reader see, in date order. */
/** An item whose date words are worked out when first read: with 100,000 events few are ever shown. */
class Item {
    constructor(event, span, status, track, lang) {
        this.event = event;
        this.span = span;
        this.status = status;
        this.track = track;
        this.lang = lang;
    }
    get dateParts() {
        return (this.parts ??= dateLabelParts(this.span, this.lang));
    }
    get dateLabel() {
        return (this.label ??= this.dateParts.map((p) => p.text).join(''));
    }
}
const UNTRACKED_ID = '';
/** Build the date-ordered model of validated data. */
function buildModel(data, lang = 'en') {
    const tracks = [...(data.tracks ?? [])];
    const index = new Map(tracks.map((t, i) => [t.id, i]));
    const n = data.events.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const made = data.events.map((event, order) => {
        const span = parseDate(event.date);
        let track = event.track !== undefined ? index.get(event.track) : undefined;
        if (track === undefined) {
            if (!index.has(UNTRACKED_ID)) {
                index.set(UNTRACKED_ID, tracks.length);
                tracks.push({ id: UNTRACKED_ID, label: '' });
            }
            track = index.get(UNTRACKED_ID);
        }
        [starts[order], ends[order]] = spanExtent(span);
        return new Item(event, span, event.status ?? 'occurred', track, lang);
    });
    // Date order (start, then end, then input order), sorting indexes over typed arrays: fast at 100,000.
    const items = Array.from(made.keys()).sort((p, q) => starts[p] - starts[q] || ends[p] - ends[q] || p - q).map((i) => made[i]);
    const used = new Set(items.map((x) => x.track));
    // Keep declared tracks even when empty only if some event uses them; renumber.
    const kept = tracks.map((t, i) => ({ t, i })).filter(({ i }) => used.has(i));
    const renumber = new Map(kept.map(({ i }, j) => [i, j]));
    return {
        title: data.title,
        description: data.description,
        tracks: kept.map(({ t }) => t),
        items: items.map((item) => {
            item.track = renumber.get(item.track);
            return item;
        }),
    };
}
/** "11 events from March 2022 to after 22 June 2025 in 3 tracks", in the page's language. */
function describeModel(model, lang = 'en') {
    const words = messagesFor(lang);
    const n = model.items.length;
    if (n === 0)
        return words.noEvents;
    const first = model.items[0];
    if (n === 1)
        return fill(words.summaryOne, { date: first.dateLabel });
    const last = model.items[n - 1];
    const from = first.span.start ? formatPoint(first.span.start, lang) : first.dateLabel;
    const to = last.span.openEnd || !last.span.end ? last.dateLabel : formatPoint(last.span.end, lang);
    const named = model.tracks.filter((t) => t.id !== UNTRACKED_ID).length;
    const range = fill(words.summaryRange, { events: plural(lang, words.events, n), from, to });
    return named > 1 ? range + plural(lang, words.summaryTracks, named) : range;
}

// https://d3js.org/d3-array/ v3.2.5 Copyright 2010-2026 Mike Bostock
function ascending(a, b) {
  return a == null || b == null ? NaN : a < b ? -1 : a > b ? 1 : a >= b ? 0 : NaN;
}

function descending(a, b) {
  return a == null || b == null ? NaN
    : b < a ? -1
    : b > a ? 1
    : b >= a ? 0
    : NaN;
}

function bisector(f) {
  let compare1, compare2, delta;

  // If an accessor is specified, promote it to a comparator. In this case we
  // can test whether the search value is (self-) comparable. We can’t do this
  // for a comparator (except for specific, known comparators) because we can’t
  // tell if the comparator is symmetric, and an asymmetric comparator can’t be
  // used to test whether a single value is comparable.
  if (f.length !== 2) {
    compare1 = ascending;
    compare2 = (d, x) => ascending(f(d), x);
    delta = (d, x) => f(d) - x;
  } else {
    compare1 = f === ascending || f === descending ? f : zero;
    compare2 = f;
    delta = f;
  }

  function left(a, x, lo = 0, hi = a.length) {
    if (lo < hi) {
      if (compare1(x, x) !== 0) return hi;
      do {
        const mid = (lo + hi) >>> 1;
        if (compare2(a[mid], x) < 0) lo = mid + 1;
        else hi = mid;
      } while (lo < hi);
    }
    return lo;
  }

  function right(a, x, lo = 0, hi = a.length) {
    if (lo < hi) {
      if (compare1(x, x) !== 0) return hi;
      do {
        const mid = (lo + hi) >>> 1;
        if (compare2(a[mid], x) <= 0) lo = mid + 1;
        else hi = mid;
      } while (lo < hi);
    }
    return lo;
  }

  function center(a, x, lo = 0, hi = a.length) {
    const i = left(a, x, lo, hi - 1);
    return i > lo && delta(a[i - 1], x) > -delta(a[i], x) ? i - 1 : i;
  }

  return {left, center, right};
}

function zero() {
  return 0;
}

function number$2(x) {
  return x === null ? NaN : +x;
}

const ascendingBisect = bisector(ascending);
const bisectRight = ascendingBisect.right;
bisector(number$2).center;

const e10 = Math.sqrt(50),
    e5 = Math.sqrt(10),
    e2 = Math.sqrt(2);

function tickSpec(start, stop, count) {
  const step = (stop - start) / Math.max(0, count),
      power = Math.floor(Math.log10(step)),
      error = step / Math.pow(10, power),
      factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  let i1, i2, inc;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

function tickIncrement(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  return tickSpec(start, stop, count)[2];
}

function tickStep(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  const reverse = stop < start, inc = reverse ? tickIncrement(stop, start, count) : tickIncrement(start, stop, count);
  return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
}

// Stand-in for d3-interpolate in the CDN bundle only. Our scales map time (dates and numbers)
// to pixels; d3-interpolate's generic `interpolate` also handles colours and strings, which
// pulls in all of d3-color (about 3 KB gzip) that the timeline never uses. Same behaviour
// for numbers, after d3-interpolate (ISC licence).
function interpolateNumber(a, b) {
  a = +a;
  b = +b;
  return (t) => a * (1 - t) + b * t;
}

function interpolateRound(a, b) {
  a = +a;
  b = +b;
  return (t) => Math.round(a * (1 - t) + b * t);
}

function interpolate(a, b) {
  // The time scale's range is pixels: numbers only (its domain is inverted with interpolateNumber).
  return interpolateNumber(a, b);
}

// https://d3js.org/d3-time/ v3.1.1 Copyright 2010-2026 Mike Bostock

const t0 = new Date, t1 = new Date;

function timeInterval(floori, offseti, count, field) {

  function interval(date) {
    return floori(date = arguments.length === 0 ? new Date : new Date(+date)), date;
  }

  interval.floor = (date) => {
    return floori(date = new Date(+date)), date;
  };

  interval.ceil = (date) => {
    return floori(date = new Date(date - 1)), offseti(date, 1), floori(date), date;
  };

  interval.round = (date) => {
    const d0 = interval(date), d1 = interval.ceil(date);
    return date - d0 < d1 - date ? d0 : d1;
  };

  interval.offset = (date, step) => {
    return offseti(date = new Date(+date), step == null ? 1 : Math.floor(step)), date;
  };

  interval.range = (start, stop, step) => {
    const range = [];
    start = interval.ceil(start);
    step = step == null ? 1 : Math.floor(step);
    if (!(start < stop) || !(step > 0)) return range; // also handles Invalid Date
    let previous;
    do range.push(previous = new Date(+start)), offseti(start, step), floori(start);
    while (previous < start && start < stop);
    return range;
  };

  interval.filter = (test) => {
    return timeInterval((date) => {
      if (date >= date) while (floori(date), !test(date)) date.setTime(date - 1);
    }, (date, step) => {
      if (date >= date) {
        if (step < 0) while (++step <= 0) {
          while (offseti(date, -1), !test(date)) {} // eslint-disable-line no-empty
        } else while (--step >= 0) {
          while (offseti(date, 1), !test(date)) {} // eslint-disable-line no-empty
        }
      }
    });
  };

  if (count) {
    interval.count = (start, end) => {
      t0.setTime(+start), t1.setTime(+end);
      floori(t0), floori(t1);
      return Math.floor(count(t0, t1));
    };

    interval.every = (step) => {
      step = Math.floor(step);
      return !isFinite(step) || !(step > 0) ? null
          : !(step > 1) ? interval
          : interval.filter(field
              ? (d) => field(d) % step === 0
              : (d) => interval.count(0, d) % step === 0);
    };
  }

  return interval;
}

const millisecond = timeInterval(() => {
  // noop
}, (date, step) => {
  date.setTime(+date + step);
}, (start, end) => {
  return end - start;
});

// An optimized implementation for this simple case.
millisecond.every = (k) => {
  k = Math.floor(k);
  if (!isFinite(k) || !(k > 0)) return null;
  if (!(k > 1)) return millisecond;
  return timeInterval((date) => {
    date.setTime(Math.floor(date / k) * k);
  }, (date, step) => {
    date.setTime(+date + step * k);
  }, (start, end) => {
    return (end - start) / k;
  });
};

const durationSecond = 1000;
const durationMinute = durationSecond * 60;
const durationHour = durationMinute * 60;
const durationDay = durationHour * 24;
const durationWeek = durationDay * 7;
const durationMonth = durationDay * 30;
const durationYear = durationDay * 365;

const second = timeInterval((date) => {
  date.setTime(date - date.getMilliseconds());
}, (date, step) => {
  date.setTime(+date + step * durationSecond);
}, (start, end) => {
  return (end - start) / durationSecond;
}, (date) => {
  return date.getUTCSeconds();
});

const utcMinute = timeInterval((date) => {
  date.setUTCSeconds(0, 0);
}, (date, step) => {
  date.setTime(+date + step * durationMinute);
}, (start, end) => {
  return (end - start) / durationMinute;
}, (date) => {
  return date.getUTCMinutes();
});

const utcHour = timeInterval((date) => {
  date.setUTCMinutes(0, 0, 0);
}, (date, step) => {
  date.setTime(+date + step * durationHour);
}, (start, end) => {
  return (end - start) / durationHour;
}, (date) => {
  return date.getUTCHours();
});

const utcDay = timeInterval((date) => {
  date.setUTCHours(0, 0, 0, 0);
}, (date, step) => {
  date.setUTCDate(date.getUTCDate() + step);
}, (start, end) => {
  return (end - start) / durationDay;
}, (date) => {
  return date.getUTCDate() - 1;
});

const unixDay = timeInterval((date) => {
  date.setUTCHours(0, 0, 0, 0);
}, (date, step) => {
  date.setUTCDate(date.getUTCDate() + step);
}, (start, end) => {
  return (end - start) / durationDay;
}, (date) => {
  return Math.floor(date / durationDay);
});

function utcWeekday(i) {
  return timeInterval((date) => {
    date.setUTCDate(date.getUTCDate() - (date.getUTCDay() + 7 - i) % 7);
    date.setUTCHours(0, 0, 0, 0);
  }, (date, step) => {
    date.setUTCDate(date.getUTCDate() + step * 7);
  }, (start, end) => {
    return (end - start) / durationWeek;
  });
}

const utcSunday = utcWeekday(0);

const utcMonth = timeInterval((date) => {
  date.setUTCDate(1);
  date.setUTCHours(0, 0, 0, 0);
}, (date, step) => {
  date.setUTCMonth(date.getUTCMonth() + step);
}, (start, end) => {
  return end.getUTCMonth() - start.getUTCMonth() + (end.getUTCFullYear() - start.getUTCFullYear()) * 12;
}, (date) => {
  return date.getUTCMonth();
});

const timeYear = timeInterval((date) => {
  date.setMonth(0, 1);
  date.setHours(0, 0, 0, 0);
}, (date, step) => {
  date.setFullYear(date.getFullYear() + step);
}, (start, end) => {
  return end.getFullYear() - start.getFullYear();
}, (date) => {
  return date.getFullYear();
});

// An optimized implementation for this simple case.
timeYear.every = (k) => {
  return !isFinite(k = Math.floor(k)) || !(k > 0) ? null : timeInterval((date) => {
    date.setFullYear(Math.floor(date.getFullYear() / k) * k);
    date.setMonth(0, 1);
    date.setHours(0, 0, 0, 0);
  }, (date, step) => {
    date.setFullYear(date.getFullYear() + step * k);
  });
};

const utcYear = timeInterval((date) => {
  date.setUTCMonth(0, 1);
  date.setUTCHours(0, 0, 0, 0);
}, (date, step) => {
  date.setUTCFullYear(date.getUTCFullYear() + step);
}, (start, end) => {
  return end.getUTCFullYear() - start.getUTCFullYear();
}, (date) => {
  return date.getUTCFullYear();
});

// An optimized implementation for this simple case.
utcYear.every = (k) => {
  return !isFinite(k = Math.floor(k)) || !(k > 0) ? null : timeInterval((date) => {
    date.setUTCFullYear(Math.floor(date.getUTCFullYear() / k) * k);
    date.setUTCMonth(0, 1);
    date.setUTCHours(0, 0, 0, 0);
  }, (date, step) => {
    date.setUTCFullYear(date.getUTCFullYear() + step * k);
  });
};

function ticker(year, month, week, day, hour, minute) {

  const tickIntervals = [
    [second,  1,      durationSecond],
    [second,  5,  5 * durationSecond],
    [second, 15, 15 * durationSecond],
    [second, 30, 30 * durationSecond],
    [minute,  1,      durationMinute],
    [minute,  5,  5 * durationMinute],
    [minute, 15, 15 * durationMinute],
    [minute, 30, 30 * durationMinute],
    [  hour,  1,      durationHour  ],
    [  hour,  3,  3 * durationHour  ],
    [  hour,  6,  6 * durationHour  ],
    [  hour, 12, 12 * durationHour  ],
    [   day,  1,      durationDay   ],
    [   day,  2,  2 * durationDay   ],
    [  week,  1,      durationWeek  ],
    [ month,  1,      durationMonth ],
    [ month,  3,  3 * durationMonth ],
    [  year,  1,      durationYear  ]
  ];

  function ticks(start, stop, count) {
    const reverse = stop < start;
    if (reverse) [start, stop] = [stop, start];
    const interval = count && typeof count.range === "function" ? count : tickInterval(start, stop, count);
    const ticks = interval ? interval.range(start, +stop + 1) : []; // inclusive stop
    return reverse ? ticks.reverse() : ticks;
  }

  function tickInterval(start, stop, count) {
    const target = Math.abs(stop - start) / count;
    const i = bisector(([,, step]) => step).right(tickIntervals, target);
    if (i === tickIntervals.length) return year.every(tickStep(start / durationYear, stop / durationYear, count));
    if (i === 0) return millisecond.every(Math.max(tickStep(start, stop, count), 1));
    const [t, step] = tickIntervals[target / tickIntervals[i - 1][2] < tickIntervals[i][2] / target ? i - 1 : i];
    return t.every(step);
  }

  return [ticks, tickInterval];
}

const [utcTicks, utcTickInterval] = ticker(utcYear, utcMonth, utcSunday, unixDay, utcHour, utcMinute);

// Stand-in for d3-time-format in the CDN bundle only. d3-scale's scaleUtc takes a tick
// formatter at creation, but talks-timeline never calls tickFormat(): every date is said
// with Intl.DateTimeFormat in the page's language. Leaving out d3-time-format's
// en-US locale machinery saves about 2.6 KB gzip. Calling it is a bug, so it says so.
function unavailable() {
  throw new Error('talks-timeline CDN build: d3-time-format is not included; dates are formatted with Intl.');
}
function utcFormat() {
  return unavailable;
}

// https://d3js.org/d3-scale/ v4.0.3 Copyright 2010-2026 Mike Bostock

function initRange(domain, range) {
  switch (arguments.length) {
    case 0: break;
    case 1: this.range(domain); break;
    default: this.range(range).domain(domain); break;
  }
  return this;
}

function constants(x) {
  return function() {
    return x;
  };
}

function number$1(x) {
  return +x;
}

var unit = [0, 1];

function identity$1(x) {
  return x;
}

function normalize(a, b) {
  return (b -= (a = +a))
      ? function(x) { return (x - a) / b; }
      : constants(isNaN(b) ? NaN : 0.5);
}

function clamper(a, b) {
  var t;
  if (a > b) t = a, a = b, b = t;
  return function(x) { return Math.max(a, Math.min(b, x)); };
}

// normalize(a, b)(x) takes a domain value x in [a,b] and returns the corresponding parameter t in [0,1].
// interpolate(a, b)(t) takes a parameter t in [0,1] and returns the corresponding range value x in [a,b].
function bimap(domain, range, interpolate) {
  var d0 = domain[0], d1 = domain[1], r0 = range[0], r1 = range[1];
  if (d1 < d0) d0 = normalize(d1, d0), r0 = interpolate(r1, r0);
  else d0 = normalize(d0, d1), r0 = interpolate(r0, r1);
  return function(x) { return r0(d0(x)); };
}

function polymap(domain, range, interpolate) {
  var j = Math.min(domain.length, range.length) - 1,
      d = new Array(j),
      r = new Array(j),
      i = -1;

  // Reverse descending domains.
  if (domain[j] < domain[0]) {
    domain = domain.slice().reverse();
    range = range.slice().reverse();
  }

  while (++i < j) {
    d[i] = normalize(domain[i], domain[i + 1]);
    r[i] = interpolate(range[i], range[i + 1]);
  }

  return function(x) {
    var i = bisectRight(domain, x, 1, j) - 1;
    return r[i](d[i](x));
  };
}

function copy$1(source, target) {
  return target
      .domain(source.domain())
      .range(source.range())
      .interpolate(source.interpolate())
      .clamp(source.clamp())
      .unknown(source.unknown());
}

function transformer$2() {
  var domain = unit,
      range = unit,
      interpolate$1 = interpolate,
      transform,
      untransform,
      unknown,
      clamp = identity$1,
      piecewise,
      output,
      input;

  function rescale() {
    var n = Math.min(domain.length, range.length);
    if (clamp !== identity$1) clamp = clamper(domain[0], domain[n - 1]);
    piecewise = n > 2 ? polymap : bimap;
    output = input = null;
    return scale;
  }

  function scale(x) {
    return x == null || isNaN(x = +x) ? unknown : (output || (output = piecewise(domain.map(transform), range, interpolate$1)))(transform(clamp(x)));
  }

  scale.invert = function(y) {
    return clamp(untransform((input || (input = piecewise(range, domain.map(transform), interpolateNumber)))(y)));
  };

  scale.domain = function(_) {
    return arguments.length ? (domain = Array.from(_, number$1), rescale()) : domain.slice();
  };

  scale.range = function(_) {
    return arguments.length ? (range = Array.from(_), rescale()) : range.slice();
  };

  scale.rangeRound = function(_) {
    return range = Array.from(_), interpolate$1 = interpolateRound, rescale();
  };

  scale.clamp = function(_) {
    return arguments.length ? (clamp = _ ? true : identity$1, rescale()) : clamp !== identity$1;
  };

  scale.interpolate = function(_) {
    return arguments.length ? (interpolate$1 = _, rescale()) : interpolate$1;
  };

  scale.unknown = function(_) {
    return arguments.length ? (unknown = _, scale) : unknown;
  };

  return function(t, u) {
    transform = t, untransform = u;
    return rescale();
  };
}

function continuous() {
  return transformer$2()(identity$1, identity$1);
}

function nice(domain, interval) {
  domain = domain.slice();

  var i0 = 0,
      i1 = domain.length - 1,
      x0 = domain[i0],
      x1 = domain[i1],
      t;

  if (x1 < x0) {
    t = i0, i0 = i1, i1 = t;
    t = x0, x0 = x1, x1 = t;
  }

  domain[i0] = interval.floor(x0);
  domain[i1] = interval.ceil(x1);
  return domain;
}

function date(t) {
  return new Date(t);
}

function number(t) {
  return t instanceof Date ? +t : Math.round(t);
}

function calendar(ticks, tickInterval, year, month, week, day, hour, minute, second, format) {
  var scale = continuous(),
      invert = scale.invert,
      domain = scale.domain;

  var formatMillisecond = format(".%L"),
      formatSecond = format(":%S"),
      formatMinute = format("%I:%M"),
      formatHour = format("%I %p"),
      formatDay = format("%a %d"),
      formatWeek = format("%b %d"),
      formatMonth = format("%B"),
      formatYear = format("%Y");

  function tickFormat(date) {
    return (second(date) < date ? formatMillisecond
        : minute(date) < date ? formatSecond
        : hour(date) < date ? formatMinute
        : day(date) < date ? formatHour
        : month(date) < date ? (week(date) < date ? formatDay : formatWeek)
        : year(date) < date ? formatMonth
        : formatYear)(date);
  }

  scale.invert = function(y) {
    return new Date(Math.round(invert(y)));
  };

  scale.domain = function(_) {
    return arguments.length ? domain(Array.from(_, number)) : domain().map(date);
  };

  scale.ticks = function(interval) {
    var d = domain();
    return ticks(d[0], d[d.length - 1], interval == null ? 10 : interval);
  };

  scale.tickFormat = function(count, specifier) {
    return specifier == null ? tickFormat : format(specifier);
  };

  scale.nice = function(interval) {
    var d = domain();
    if (!interval || typeof interval.range !== "function") interval = tickInterval(d[0], d[d.length - 1], interval == null ? 10 : interval);
    return interval ? domain(nice(d, interval)) : scale;
  };

  scale.copy = function() {
    return copy$1(scale, calendar(ticks, tickInterval, year, month, week, day, hour, minute, second, format));
  };

  return scale;
}

function utcTime() {
  return initRange.apply(calendar(utcTicks, utcTickInterval, utcYear, utcMonth, utcSunday, utcDay, utcHour, utcMinute, second, utcFormat).domain([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)]), arguments);
}

/**
 * Horizontal layout: a polylinear UTC scale with axis breaks over empty
 * stretches, ticks per segment, and marks packed into lanes per track so
 * that no two labels overlap. Plain data out; the element only draws it.
 */
const COARSE = new Set(['year', 'season', 'month']);
/** Whether an item is drawn as a point (a day or an instant) rather than a span. */
function isPoint({ span }) {
    return !span.interval && (span.precision === 'day' || span.precision === 'time');
}
/** How an item's mark shows its status and how certain and how precise its date is (both layouts). */
function encodingOf(it) {
    const { span } = it;
    return {
        status: it.status, shape: isPoint(it) ? 'point' : 'span',
        softStart: !span.openStart && !!span.start && COARSE.has(span.start.precision),
        softEnd: !span.openEnd && !!span.end && COARSE.has(span.end.precision),
        openStart: span.openStart, openEnd: span.openEnd, approximate: span.approximate, uncertain: span.uncertain,
    };
}
/** The sign drawn beside a mark: "~" approximate, "?" uncertain, "~?" both. */
function qualifierSign(e) {
    return (e.approximate ? '~' : '') + (e.uncertain ? '?' : '');
}
const DAY$2 = 86_400_000;
function estimate(text, role, em) {
    const size = role === 'title' ? 0.875 * em : 0.75 * em;
    return text.length * size * 0.56;
}
function median(values) {
    if (!values.length)
        return 0;
    const s = [...values].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** "3 years", "5 months", "12 days" in the page's language. */
function durationWords(ms, lang = 'en') {
    const days = ms / DAY$2;
    const [value, unit] = days >= 365 * 1.5
        ? [Math.round(days / 365.25), 'year']
        : days >= 45 ? [Math.round(days / 30.44), 'month'] : [Math.max(1, Math.round(days)), 'day'];
    try {
        return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
    }
    catch {
        return `${value} ${unit}${value === 1 ? '' : 's'}`;
    }
}
/** Stretches of time that hold events, split where an empty stretch is long. */
function findSegments(extents, breaks) {
    const sorted = [...extents].sort((a, b) => a[0] - b[0]);
    if (!sorted.length)
        return [];
    const starts = sorted.map((e) => e[0]);
    const steps = starts.slice(1).map((s, i) => s - starts[i]).filter((d) => d > 0);
    const total = Math.max(...sorted.map((e) => e[1])) - sorted[0][0];
    const typical = median(steps);
    const segments = [[sorted[0][0], sorted[0][1]]];
    for (const [a, b] of sorted.slice(1)) {
        const current = segments[segments.length - 1];
        const empty = a - current[1];
        if (breaks === 'auto' && empty > 0 && empty > 6 * typical && empty > 0.2 * total && empty > 30 * DAY$2) {
            segments.push([a, b]);
        }
        else {
            current[1] = Math.max(current[1], b);
        }
    }
    return segments;
}
/** Whether [a, b] overlaps one of the sorted, disjoint stretches (binary search). */
function overlapsAny([a, b], stretches) {
    let lo = 0;
    let hi = stretches.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (stretches[mid][1] < a)
            lo = mid + 1;
        else if (stretches[mid][0] > b)
            hi = mid - 1;
        else
            return true;
    }
    return false;
}
/**
 * The stretches of time that hold events (split by axis breaks) and each item's drawable extent.
 * A date known only to its year or season is "somewhere in" a long stretch: it must not stretch
 * the axis over a whole year when the events around it are days or months apart. Where such a
 * vague date overlaps the stretches the precise dates make, it is clipped to them (drawn with soft
 * ends); where it overlaps nothing, it makes its own stretch.
 */
function timeStretches(items, mode) {
    const extents = items.map((it) => spanExtent(it.span));
    const vague = items.map((it) => !it.span.interval && (it.span.precision === 'year' || it.span.precision === 'season'));
    const anchors = extents.filter((_, i) => !vague[i]);
    let loose = extents.filter((_, i) => vague[i]);
    let stretches = findSegments(anchors.length ? anchors : loose, mode);
    if (!anchors.length)
        loose = [];
    // Adding a stretch can move breaks, so repeat until every vague date overlaps one (grows monotonically).
    for (;;) {
        const inside = (e) => overlapsAny(e, stretches);
        const outside = loose.filter((e) => !inside(e));
        if (!outside.length)
            break;
        anchors.push(...outside);
        loose = loose.filter(inside);
        stretches = findSegments(anchors, mode);
    }
    const clipped = extents.map((e, i) => {
        if (!vague[i])
            return e;
        const hit = stretches.filter(([c, d]) => e[0] <= d && e[1] >= c);
        if (!hit.length)
            return e;
        return [Math.max(e[0], hit[0][0]), Math.min(e[1], hit[hit.length - 1][1])];
    });
    return { stretches, extents: clipped };
}
/** Finest precision among the items whose start lies in [from, to]. */
const PRECISIONS = ['year', 'season', 'month', 'day', 'time'];
/** Finest precision among the items whose start lies in [from, to]; `starts` sorted ascending. */
function finestPrecision(starts, ranks, from, to) {
    let best = 0;
    for (let i = lowerBound(starts, from); i < starts.length && starts[i] <= to; i++)
        best = Math.max(best, ranks[i]);
    return PRECISIONS[best];
}
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function truncate(text, max, width) {
    const full = width(text);
    if (full <= max)
        return text;
    // Binary search from a proportional guess: a few measurements rather than one per halving.
    const guess = Math.floor((text.length * max) / full);
    let lo = 0;
    let hi = text.length;
    if (width(`${text.slice(0, guess).trimEnd()}…`) <= max)
        lo = guess;
    else
        hi = guess - 1;
    if (lo < hi && width(`${text.slice(0, lo + 3).trimEnd()}…`) > max)
        hi = lo + 2;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (width(`${text.slice(0, mid).trimEnd()}…`) <= max)
            lo = mid;
        else
            hi = mid - 1;
    }
    return `${text.slice(0, lo).trimEnd()}…`;
}
function gather(overflow, track, measure, em, gap, right) {
    const pills = [];
    // A pill is as wide as "+88…8" with its count's digits: one measurement per digit count, not per event.
    const widthOf = (n) => measure(`+${'8'.repeat(String(n).length)}`, 'title') + em;
    for (const { id, x0, from, to } of overflow) {
        const last = pills[pills.length - 1];
        if (last && (from <= last.x1 || last.box.x + last.box.width + gap > Math.max(x0, from))) {
            last.ids.push(id);
            last.x1 = Math.max(last.x1, to);
            last.box.width = widthOf(last.ids.length);
            last.box.x = Math.min(last.box.x, right - last.box.width);
            continue;
        }
        const width = widthOf(1);
        pills.push({ track, ids: [id], label: '', x0: from, x1: to, box: { x: Math.min(Math.max(x0, from), right - width), y: 0, width, height: 1.5 * em } });
    }
    for (const pill of pills)
        pill.label = `+${pill.ids.length}`;
    return pills;
}
const unzoomedByModel = new WeakMap();
/**
 * Lay the model out at a width. Pure: same input, same output (treat the result as immutable). A new
 * zoom of the same model and options reuses the unzoomed layout: only ticks and positions are new.
 */
function layout(model, options) {
    const em = options.em ?? 16;
    const lang = options.lang ?? 'en';
    const width = Math.max(options.width, 12 * em);
    const key = [width, em, lang, options.breaks, options.maxLanes, String(options.expanded ?? []), options.measure];
    let memo = unzoomedByModel.get(model);
    if (!memo || key.some((v, i) => v !== memo.key[i])) {
        memo = { key, plan: unzoomed(model, options, em, lang, width) };
        unzoomedByModel.set(model, memo);
    }
    const { segments, breaks, bands, drawn, aggregates, axisY, tickY, px, measure, starts, ranks } = memo.plan;
    const breakWidth = 3 * em;
    const tickHeight = em;
    const k = Math.max(1, options.zoom?.k ?? 1);
    const pan = options.zoom?.x ?? 0;
    const z = zoomer(segments, breakWidth, k, pan);
    const zoomedSegments = segments.map((seg) => ({ ...seg, x0: z(seg.x0), x1: z(seg.x1) }));
    const ticks = axisTicks(starts, ranks, zoomedSegments, { px: (t) => z(px(t)), measure, lang, em, y: tickY, height: tickHeight });
    const plan = {
        direction: 'ltr', zoom: { k, x: pan }, contentWidth: z(width) + pan,
        width, height: tickY + tickHeight + (breaks.length ? 1.1 * em : 0) + 0.75 * em,
        axisY, segments: zoomedSegments, ticks, bands,
        breaks: breaks.map((b) => ({ ...b, x0: z(b.x0), x1: z(b.x1), box: { ...b.box, x: z(b.box.x + b.box.width / 2) - b.box.width / 2 } })),
        marks: k === 1 && pan === 0 ? drawn : drawn.map((m) => ({
            ...m, x: z(m.x), x0: z(m.x0), x1: m.openEnd ? z(m.x0) + (m.x1 - m.x0) : z(m.x1), label: { ...m.label, x: z(m.label.x) },
        })),
        aggregates: aggregates.map((a) => ({ ...a, x0: z(a.x0), x1: z(a.x1), box: { ...a.box, x: z(a.box.x) } })),
    };
    return options.direction === 'rtl' ? mirror(plan) : plan;
}
function unzoomed(model, options, em, lang, width) {
    const measure = options.measure ?? ((t, r) => estimate(t, r, em));
    const margin = em;
    const breakWidth = 3 * em;
    const fade = 3 * em;
    const items = model.items;
    const { stretches: raw, extents: clipped } = timeStretches(items, options.breaks ?? 'auto');
    const busy = raw.reduce((sum, [a, b]) => sum + Math.max(b - a, DAY$2), 0);
    const pad = Math.max(busy * 0.04, 2 * DAY$2);
    // Whole milliseconds, so ticks at a stretch's first instant fall inside it.
    const padded = raw.map(([a, b]) => [Math.floor(a - pad), Math.ceil(Math.max(b, a + DAY$2) + pad)]);
    const hasOpenEnd = items.some((it) => it.span.openEnd);
    const available = Math.max(width - 2 * margin - (padded.length - 1) * breakWidth - (hasOpenEnd ? fade : 0), 4 * em);
    const duration = padded.reduce((sum, [a, b]) => sum + (b - a), 0) || DAY$2;
    const density = available / duration; // one px-per-ms everywhere: time stays honest
    const segments = [];
    const breaks = [];
    let x = margin;
    padded.forEach(([a, b], i) => {
        if (i > 0) {
            const prev = segments[i - 1];
            const label = durationWords(a - prev.to, lang);
            const w = measure(label, 'tick');
            breaks.push({ from: prev.to, to: a, x0: x, x1: x + breakWidth, label, box: { x: x + breakWidth / 2 - w / 2, y: 0, width: w, height: em } });
            x += breakWidth;
        }
        const x1 = x + (b - a) * density;
        segments.push({ from: a, to: b, x0: x, x1 });
        x = x1;
    });
    const scale = utcTime()
        .domain(segments.flatMap((s) => [new Date(s.from), new Date(s.to)]))
        .range(segments.flatMap((s) => [s.x0, s.x1]))
        .clamp(true);
    // d3's time scale takes epoch numbers as well as Dates: no allocation per position.
    const px = (t) => scale(t);
    // Marks and their label footprints.
    // Narrow screens give each label the full width (they stack anyway); wide ones keep labels compact.
    const titleMax = width < 40 * em ? width - 2 * margin : Math.min(Math.max(width * 0.28, 10 * em), 22 * em);
    const titleHeight = 1.2 * em;
    const dateHeight = em;
    const labelGap = 0.75 * em;
    const rowHeight = 0.9 * em + dateHeight + titleHeight + 0.6 * em;
    // Geometry of every item first (cheap numbers); Mark objects and label measurements only for
    // items that may be drawn: with 100,000 events most end up counted in "+N".
    const n = items.length;
    const xs0 = new Float64Array(n);
    const xs1 = new Float64Array(n);
    const points = new Uint8Array(n);
    const tails = new Float64Array(n);
    items.forEach((it, i) => {
        const { span } = it;
        const [a, b] = clipped[i];
        const point = isPoint(it);
        const x0 = point ? px((a + b) / 2) : px(a);
        xs0[i] = x0;
        xs1[i] = span.openEnd ? x0 + fade : point ? x0 : Math.max(px(b), x0 + 0.5 * em);
        points[i] = point ? 1 : 0;
        tails[i] = (point ? 0.5 * em : 0) + (span.openEnd ? 0.6 * em : 0) + (span.approximate || span.uncertain ? 1.4 * em : 0);
    });
    const makeMark = (i, lane) => {
        const it = items[i];
        const [x0, x1] = [xs0[i], xs1[i]];
        const title = truncate(it.event.title, titleMax, (t) => measure(t, 'title'));
        const dateLabel = truncate(it.dateLabel, width - 2 * margin, (t) => measure(t, 'date'));
        const labelWidth = Math.max(measure(title, 'title'), measure(dateLabel, 'date'));
        return {
            ...encodingOf(it), id: it.event.id, item: i, track: it.track, lane,
            x: points[i] ? x0 : (x0 + x1) / 2, x0, x1, y: 0, title, dateLabel,
            label: {
                x: Math.min(Math.max(x0 - (points[i] ? 0.4 * em : 0), margin), width - margin - labelWidth),
                y: 0, width: labelWidth, height: dateHeight + titleHeight,
            },
            titleY: 0, dateY: 0,
        };
    };
    // Greedy lane packing per track over (mark ∪ label) footprints; past the lane cap, events are
    // gathered into "+N" aggregates in an overflow row (unless the track is expanded).
    const bands = [];
    const aggregates = [];
    const drawn = [];
    const cap = Math.max(1, options.maxLanes ?? 8);
    const expanded = new Set(options.expanded ?? []);
    const byTrack = model.tracks.map(() => []);
    items.forEach((it, i) => byTrack[it.track]?.push(i));
    let y = 0.5 * em;
    const headerHeight = 1.6 * em;
    model.tracks.forEach((track, t) => {
        // Date order (not footprint order): labels pulled left at the edge still stack in reading order.
        const inTrack = byTrack[t];
        if (inTrack.some((p, j) => j && xs0[p] < xs0[inTrack[j - 1]]))
            inTrack.sort((p, q) => xs0[p] - xs0[q] || p - q);
        const laneEnds = [];
        const overflow = [];
        const placed = [];
        const limit = expanded.has(t) ? Infinity : cap;
        for (const i of inTrack) {
            const pad = points[i] ? 0.5 * em : 0;
            // Every lane taken and busy where this mark starts: it overflows whatever its label.
            if (laneEnds.length >= limit && Math.min(...laneEnds) + labelGap > xs0[i] - pad) {
                overflow.push({ id: items[i].event.id, x0: xs0[i], from: xs0[i] - pad, to: xs1[i] + tails[i] });
                continue;
            }
            const m = makeMark(i, 0);
            const from = Math.min(m.x0, m.label.x) - pad;
            const to = Math.max(m.x1 + tails[i], m.label.x + m.label.width);
            let lane = laneEnds.findIndex((end) => end + labelGap <= from);
            if (lane < 0 && laneEnds.length >= limit) {
                overflow.push({ id: m.id, x0: m.x0, from, to });
                continue;
            }
            if (lane < 0)
                lane = laneEnds.push(to) - 1;
            else
                laneEnds[lane] = to;
            m.lane = lane;
            placed.push(m);
        }
        const header = track.label ? headerHeight : 0;
        const lanes = Math.max(laneEnds.length, 1);
        const pills = gather(overflow, t, measure, em, labelGap, width - margin);
        const band = {
            track: t, id: track.id, label: track.label, y,
            height: header + lanes * rowHeight + (pills.length ? 2 * em : 0), lanes, labelX: segments[0]?.x0 ?? margin,
        };
        if (track.color)
            band.color = track.color;
        bands.push(band);
        for (const m of placed) {
            const top = y + header + m.lane * rowHeight;
            m.y = top + 0.6 * em;
            m.label.y = top + 1.3 * em;
            m.dateY = m.label.y + 0.8 * em;
            m.titleY = m.label.y + dateHeight + 0.9 * em;
        }
        for (const pill of pills)
            pill.box.y = y + header + lanes * rowHeight + 0.25 * em;
        drawn.push(...placed);
        aggregates.push(...pills);
        y += band.height + 0.5 * em;
    });
    drawn.sort((p, q) => p.item - q.item);
    // The axis: its ticks (per segment, never finer than the data there) are the zoom's.
    const axisY = y + 0.25 * em;
    const tickY = axisY + 0.5 * em;
    // Break labels ("3 years") sit on their own row under the tick labels.
    for (const b of breaks)
        b.box.y = tickY + 1.1 * em;
    // The model keeps items in start order, so the starts are sorted.
    const starts = items.map((it) => spanExtent(it.span)[0]);
    const ranks = items.map((it) => PRECISIONS.indexOf(it.span.precision));
    return { segments, breaks, bands, drawn, aggregates, axisY, tickY, px, measure, starts, ranks };
}
/**
 * The zoom as a map of unzoomed x to drawn x: slope k inside stretches of time, 1 across breaks
 * and margins, so every distance grows or stays (labels that did not meet never meet).
 */
function zoomer(segments, breakWidth, k, pan) {
    if (k === 1 && pan === 0)
        return (x) => x;
    const starts = [];
    let at = segments[0]?.x0 ?? 0;
    for (const seg of segments) {
        starts.push(at);
        at += (seg.x1 - seg.x0) * k + breakWidth;
    }
    return (x) => {
        let i = segments.length - 1;
        while (i > 0 && x < segments[i].x0)
            i--;
        const seg = segments[i];
        if (!seg)
            return x - pan;
        const from = starts[i];
        if (x <= seg.x0)
            return from - (seg.x0 - x) - pan;
        if (x <= seg.x1)
            return from + (x - seg.x0) * k - pan;
        return from + (seg.x1 - seg.x0) * k + (x - seg.x1) - pan;
    };
}
/**
 * The right-to-left layout: every x mirrored, so time runs from right to left.
 * Spans keep x0 ≤ x1 (geometric left and right); boxes keep their left edge in x.
 */
function mirror(plan) {
    const w = plan.width;
    const box = (b) => ({ ...b, x: w - b.x - b.width });
    const range = (r) => ({ ...r, x0: w - r.x1, x1: w - r.x0 });
    return {
        ...plan,
        direction: 'rtl',
        zoom: { ...plan.zoom },
        segments: plan.segments.map(range),
        breaks: plan.breaks.map((b) => ({ ...range(b), box: box(b.box) })),
        ticks: plan.ticks.map((t) => ({ ...t, x: w - t.x, box: box(t.box) })),
        bands: plan.bands.map((b) => ({ ...b, labelX: w - b.labelX })),
        marks: plan.marks.map((m) => ({ ...range(m), x: w - m.x, label: box(m.label) })),
        aggregates: plan.aggregates.map((a) => ({ ...range(a), box: box(a.box) })),
    };
}
/** Which visual encodings a layout uses, for a legend that explains only what is on screen. */
function legendKeys(plan) {
    const keys = new Set();
    const marks = 'marks' in plan ? plan.marks : plan.rows.filter((r) => 'shape' in r);
    for (const m of marks) {
        if (m.shape === 'point')
            keys.add('day');
        else if (m.softStart && m.softEnd && !m.openEnd)
            keys.add('coarse');
        else
            keys.add('period');
        if (m.openEnd || m.openStart)
            keys.add('openEnd');
        if (m.approximate)
            keys.add('approximate');
        if (m.uncertain)
            keys.add('uncertain');
        if (m.status !== 'occurred')
            keys.add(m.status);
    }
    const order = ['day', 'period', 'coarse', 'openEnd', 'approximate', 'uncertain', 'scheduled', 'possible', 'cancelled'];
    return order.filter((k) => keys.has(k));
}
/** Tick label formats (constants: formatters are cached per options object). */
const TICK = {
    year: { year: 'numeric' },
    month: { month: 'short' },
    monthYear: { month: 'short', year: 'numeric' },
    day: { day: 'numeric', month: 'short' },
    dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
};
function tickLabel(t, precision, withYear, lang) {
    const d = new Date(t);
    const level = d.getUTCDate() !== 1 || (precision === 'time' && d.getUTCHours()) ? 'day' : d.getUTCMonth() === 0 ? 'year' : 'month';
    return dtf(lang, TICK[level === 'year' || !withYear ? level : `${level}Year`]).format(d);
}
function floorTo(t, precision) {
    const { year, month } = civilFromMs(t);
    if (precision === 'year')
        return utcDayStart(year, 1, 1);
    if (precision === 'month' || precision === 'season')
        return utcDayStart(year, month, 1);
    return Math.floor(t / DAY$2) * DAY$2;
}
/** Ticks per segment: d3-time UTC intervals filtered to the data's precision; labels never collide or cross a break. */
function axisTicks(starts, ranks, segments, c) {
    const ticks = [];
    const gap = 0.75 * c.em;
    for (const seg of segments) {
        const precision = finestPrecision(starts, ranks, seg.from, seg.to);
        const sub = utcTime().domain([new Date(seg.from), new Date(seg.to)]).range([seg.x0, seg.x1]);
        const count = Math.max(2, Math.floor((seg.x1 - seg.x0) / (6 * c.em)));
        const fits = (t) => {
            const d = new Date(t);
            if (precision === 'year')
                return d.getUTCMonth() === 0 && d.getUTCDate() === 1;
            if (precision === 'month' || precision === 'season')
                return d.getUTCDate() === 1;
            return true;
        };
        let candidates = sub.ticks(count).map((d) => d.getTime()).filter(fits);
        if (candidates.length < 2) {
            // Sparse segment: label where the data is, at the data's precision.
            const inside = starts.slice(lowerBound(starts, seg.from), lowerBound(starts, seg.to + 1)).map((t) => floorTo(t, precision));
            candidates = [...new Set([...candidates, ...inside])].sort((a, b) => a - b);
        }
        let lastRight = -Infinity;
        let first = true;
        for (const t of candidates) {
            const d = new Date(t);
            const label = tickLabel(t, precision, first || (d.getUTCMonth() === 0 && d.getUTCDate() === 1), c.lang);
            const w = c.measure(label, 'tick');
            const x = c.px(t);
            // Keep the label inside its segment, nudged at most half its width off the tick.
            const lo = seg.x0 - (seg === segments[0] ? c.em : 0);
            const hi = seg.x1 + (seg === segments[segments.length - 1] ? c.em : 0);
            const bx = Math.min(Math.max(x - w / 2, lo, x - w), hi - w, x);
            const box = { x: bx, y: c.y, width: w, height: c.height };
            if (bx < lo - 1e-6 || bx + w > hi + 1e-6)
                continue;
            if (bx < lastRight + gap)
                continue;
            ticks.push({ time: t, x, label, box });
            lastRight = bx + w;
            first = false;
        }
    }
    return ticks;
}

/**
 * The vertical layout for narrow screens: time runs down a line, each event a card beside it,
 * in date order. Cards flow (their text wraps), so the layout is a sequence of rows rather than
 * coordinates: year headings, events with a spacing step that grows with the time between them,
 * and axis breaks as labelled gaps, using the same stretches as the horizontal axis.
 */
const DAY$1 = 86_400_000;
function gapBetween(ms) {
    const days = ms / DAY$1;
    if (days < 1)
        return 0;
    if (days <= 7)
        return 1;
    if (days <= 45)
        return 2;
    if (days <= 365)
        return 3;
    return 4;
}
function yearLabel(year, lang) {
    const date = new Date(0);
    date.setUTCFullYear(year, 6, 1);
    const options = { year: 'numeric', timeZone: 'UTC', ...(year < 1 ? { era: 'short' } : {}) };
    try {
        return new Intl.DateTimeFormat(lang, options).format(date);
    }
    catch {
        return String(year);
    }
}
/** Rows for the vertical layout, in date order. Pure. */
function layoutVertical(model, options = {}) {
    const lang = options.lang ?? 'en';
    const { stretches, extents } = timeStretches(model.items, options.breaks ?? 'auto');
    const stretchOf = (t) => {
        const i = stretches.findIndex(([a, b]) => t >= a && t <= b);
        return i >= 0 ? i : stretches.findIndex(([a]) => t <= a);
    };
    const rows = [];
    let lastStretch = -1;
    let lastYear = null;
    let lastStart = null;
    model.items.forEach((it, i) => {
        const start = extents[i][0];
        const stretch = stretchOf(start);
        let gap = lastStart === null ? 0 : gapBetween(start - lastStart);
        if (lastStretch >= 0 && stretch > lastStretch) {
            const from = stretches[stretch - 1][1];
            const to = stretches[stretch][0];
            rows.push({ kind: 'break', from, to, label: durationWords(to - from, lang) });
            gap = 0;
        }
        const { year } = civilFromMs(start);
        if (year !== lastYear) {
            rows.push({ kind: 'year', year, label: yearLabel(year, lang) });
            gap = 0;
        }
        rows.push({ kind: 'event', id: it.event.id, item: i, track: it.track, gap, ...encodingOf(it) });
        lastStretch = Math.max(lastStretch, stretch);
        lastYear = year;
        lastStart = start;
    });
    return { orientation: 'vertical', rows };
}

const EVENT_STATUSES = ['occurred', 'scheduled', 'possible', 'cancelled'];

/**
 * Turns unknown JSON into TimelineData, reporting every problem with a JSON
 * pointer and words an editor understands. Never throws. Invalid events are
 * dropped with an `error`; fixable problems keep the event with a `warning`.
 */
const DATA_KEYS = new Set(['$schema', 'title', 'description', 'lang', 'tracks', 'events']);
const TRACK_KEYS = new Set(['id', 'label', 'color']);
const EVENT_KEYS = new Set([
    'id', 'date', 'title', 'status', 'track', 'summary', 'location', 'participants', 'details', 'sources', 'tags',
]);
/** JSON pointer segment escaping (RFC 6901). */
function pointer(...segments) {
    return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function kind(v) {
    if (v === null)
        return 'null';
    if (v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'string')
        return v === '' ? 'an empty text' : 'a text';
    return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
function isText(v) {
    return typeof v === 'string' && /\S/.test(v); // not v.trim(): no copy of every text
}
function isHttpUrl(v) {
    return /^https?:\/\/[^\s]+$/i.test(v);
}
class Collector {
    constructor() {
        this.issues = [];
    }
    add(severity, path, message, eventId) {
        this.issues.push(eventId === undefined ? { path, message, severity } : { path, message, severity, eventId });
    }
}
function unknownKeys(obj, allowed, path, what, c, id) {
    for (const key of Object.keys(obj)) {
        if (!allowed.has(key))
            c.add('warning', `${path}${pointer(key)}`, `${what}: unknown field "${key}" was ignored`, id);
    }
}
function optionalText(obj, key, path, what, c, id) {
    if (!(key in obj) || obj[key] === undefined)
        return undefined;
    const v = obj[key];
    if (isText(v))
        return v;
    c.add('warning', `${path}/${key}`, `${what}: ${key} must be a non-empty text, not ${kind(v)}; it was left out`, id);
    return undefined;
}
function textList(obj, key, path, what, c, id) {
    if (!(key in obj) || obj[key] === undefined)
        return undefined;
    const v = obj[key];
    if (!Array.isArray(v)) {
        c.add('warning', `${path}/${key}`, `${what}: ${key} must be a list of texts, not ${kind(v)}; it was left out`, id);
        return undefined;
    }
    const out = [];
    v.forEach((item, i) => {
        if (isText(item))
            out.push(item);
        else
            c.add('warning', `${path}/${key}/${i}`, `${what}: ${key} item ${i + 1} must be a non-empty text, not ${kind(item)}; it was left out`, id);
    });
    return out;
}
/**
 * An optional list of objects (`details`, `sources`): a wrong type leaves the whole list out, each
 * item that is not an object is left out, and `item` checks the rest (returning null to leave it out).
 */
function objectList(obj, key, path, what, c, id, shape, allowed, item) {
    if (!(key in obj) || obj[key] === undefined)
        return undefined;
    const v = obj[key];
    if (!Array.isArray(v)) {
        c.add('warning', `${path}/${key}`, `${what}: ${key} must be a list of ${shape}, not ${kind(v)}; it was left out`, id);
        return undefined;
    }
    const out = [];
    v.forEach((o, i) => {
        const p = `${path}/${key}/${i}`;
        if (!isRecord(o))
            return c.add('warning', p, `${what}: ${key} item ${i + 1} must be an object like ${shape}; it was left out`, id);
        unknownKeys(o, allowed, p, what, c, id);
        const done = item(o, p, i + 1);
        if (done)
            out.push(done);
    });
    return out;
}
const DETAIL_KEYS = new Set(['heading', 'items']);
const SOURCE_KEYS = new Set(['name', 'url']);
function details(obj, path, what, c, id) {
    return objectList(obj, 'details', path, what, c, id, '{ heading, items }', DETAIL_KEYS, (d, p, n) => {
        if (!isText(d.heading))
            return c.add('warning', `${p}/heading`, `${what}: details item ${n} needs a heading (non-empty text); it was left out`, id), null;
        const items = textList(d, 'items', p, what, c, id);
        if (!items)
            return c.add('warning', `${p}/items`, `${what}: details "${d.heading}" needs items (a list of texts); it was left out`, id), null;
        return { heading: d.heading, items };
    });
}
function sources(obj, path, what, c, id) {
    return objectList(obj, 'sources', path, what, c, id, '{ name, url }', SOURCE_KEYS, (s, p, n) => {
        if (!isText(s.name))
            return c.add('warning', `${p}/name`, `${what}: source ${n} needs a name (non-empty text); it was left out`, id), null;
        const source = { name: s.name };
        if (s.url !== undefined) {
            if (typeof s.url === 'string' && isHttpUrl(s.url))
                source.url = s.url;
            else
                c.add('warning', `${p}/url`, `${what}: source "${s.name}" url must start with http:// or https://; the link was left out`, id);
        }
        return source;
    });
}
function tracks(v, c) {
    if (v === undefined)
        return undefined;
    if (!Array.isArray(v)) {
        c.add('warning', '/tracks', `tracks must be a list of { id, label }, not ${kind(v)}; they were left out`);
        return undefined;
    }
    const seen = new Set();
    const out = [];
    v.forEach((t, i) => {
        const p = pointer('tracks', i);
        if (!isRecord(t))
            return c.add('warning', p, `track ${i + 1} must be an object with id and label; it was left out`);
        unknownKeys(t, TRACK_KEYS, p, `track ${i + 1}`, c);
        if (!isText(t.id))
            return c.add('warning', `${p}/id`, `track ${i + 1} needs an id (non-empty text); it was left out`);
        if (seen.has(t.id))
            return c.add('warning', `${p}/id`, `track "${t.id}" is defined twice; the second one was left out`);
        const label = isText(t.label) ? t.label : t.id;
        if (!isText(t.label))
            c.add('warning', `${p}/label`, `track "${t.id}" needs a label (non-empty text); its id is shown instead`);
        const track = { id: t.id, label };
        const color = optionalText(t, 'color', p, `track "${t.id}"`, c);
        if (color)
            track.color = color;
        seen.add(t.id);
        out.push(track);
    });
    return out;
}
function event(v, i, trackIds, ids, c) {
    const path = `/events/${i}`; // pointer('events', i), without escaping: nothing to escape
    if (!isRecord(v)) {
        c.add('error', path, `event ${i + 1} must be an object with id, date and title, not ${kind(v)}`);
        return null;
    }
    const rawId = isText(v.id) ? v.id : undefined;
    const what = rawId ? `event "${rawId}"` : `event ${i + 1}`;
    let ok = true;
    if (!rawId) {
        c.add('error', `${path}/id`, `${what}: id is missing; give every event a unique, non-empty id`);
        ok = false;
    }
    if (!isText(v.title)) {
        c.add('error', `${path}/title`, `${what}: title is ${'title' in v ? `${kind(v.title)}, not a non-empty text` : 'missing'}`, rawId);
        ok = false;
    }
    if (typeof v.date !== 'string') {
        c.add('error', `${path}/date`, `${what}: date is ${'date' in v ? `${kind(v.date)}, not an EDTF text like "2025-05-16"` : 'missing'}`, rawId);
        ok = false;
    }
    else {
        try {
            const span = parseDate(v.date);
            const far = [span.start, span.end].find((p) => p && Math.abs(p.year) > DRAWABLE_YEARS);
            if (far) {
                c.add('error', `${path}/date`, `${what}: date "${v.date}": year ${far.year} is valid EDTF but beyond what a timeline can draw (years ±${DRAWABLE_YEARS})`, rawId);
                ok = false;
            }
        }
        catch (e) {
            c.add('error', `${path}/date`, `${what}: ${e.message.replace(/^Invalid date/, 'date')}`, rawId);
            ok = false;
        }
    }
    if (v.status !== undefined && !EVENT_STATUSES.includes(v.status)) {
        c.add('error', `${path}/status`, `${what}: status ${JSON.stringify(v.status)} is not one of ${EVENT_STATUSES.join(', ')}`, rawId);
        ok = false;
    }
    unknownKeys(v, EVENT_KEYS, path, what, c, rawId);
    if (!ok || !rawId)
        return null;
    let id = rawId;
    if (ids.has(id)) {
        let n = 2;
        while (ids.has(`${rawId}-${n}`))
            n++;
        id = `${rawId}-${n}`;
        c.add('warning', `${path}/id`, `${what}: id is used by an earlier event; this one was renamed "${id}"`, id);
    }
    ids.add(id);
    const out = { id, date: v.date, title: v.title };
    if (v.status !== undefined)
        out.status = v.status;
    if (v.track !== undefined) {
        if (!isText(v.track))
            c.add('warning', `${path}/track`, `${what}: track must be a track id (text), not ${kind(v.track)}; it was left out`, id);
        else if (trackIds && !trackIds.has(v.track))
            c.add('warning', `${path}/track`, `${what}: track "${v.track}" is not defined in tracks; the event is shown without a track`, id);
        else
            out.track = v.track;
    }
    const summary = optionalText(v, 'summary', path, what, c, id);
    if (summary)
        out.summary = summary;
    const location = optionalText(v, 'location', path, what, c, id);
    if (location)
        out.location = location;
    const participants = textList(v, 'participants', path, what, c, id);
    if (participants)
        out.participants = participants;
    const d = details(v, path, what, c, id);
    if (d)
        out.details = d;
    const s = sources(v, path, what, c, id);
    if (s)
        out.sources = s;
    const tags = textList(v, 'tags', path, what, c, id);
    if (tags)
        out.tags = tags;
    return out;
}
/** Validate unknown input (a TimelineData object or a bare array of events). Never throws. */
function validate(input) {
    const c = new Collector();
    try {
        let rawEvents;
        const data = { events: [] };
        let trackIds = null;
        if (Array.isArray(input)) {
            rawEvents = input;
        }
        else if (isRecord(input)) {
            unknownKeys(input, DATA_KEYS, '', 'timeline', c);
            if (input.$schema !== undefined && typeof input.$schema !== 'string') {
                c.add('warning', '/$schema', `timeline: $schema must be a text (the address of the JSON schema), not ${kind(input.$schema)}; it was ignored`);
            }
            for (const key of ['title', 'description', 'lang']) {
                const v = optionalText(input, key, '', 'timeline', c);
                if (v)
                    data[key] = v;
            }
            const t = tracks(input.tracks, c);
            if (t) {
                data.tracks = t;
                trackIds = new Set(t.map((x) => x.id));
            }
            rawEvents = input.events;
            if (!('events' in input))
                c.add('error', '/events', 'the timeline has no events list');
            else if (!Array.isArray(rawEvents))
                c.add('error', '/events', `events must be a list, not ${kind(rawEvents)}`);
        }
        else {
            c.add('error', '', `expected a timeline object with an events list, or a list of events, not ${kind(input)}`);
        }
        const list = Array.isArray(rawEvents) ? rawEvents : [];
        const ids = new Set();
        const events = [];
        list.forEach((v, i) => {
            const e = event(v, i, trackIds, ids, c);
            if (e)
                events.push(e);
        });
        data.events = events;
        return { data, issues: c.issues, total: list.length };
    }
    catch (e) {
        c.add('error', '', `the data could not be read: ${e?.message ?? String(e)}`);
        return { data: { events: [] }, issues: c.issues, total: 0 };
    }
}

/** All styling lives here, adopted as a stylesheet: nothing in templates needs `style-src 'unsafe-inline'`. */
const styles = i$3 `:host{color-scheme:light dark;--_text:var(--talks-color-text,light-dark(#1b1b1b,#e8e6e3));--_muted:var(--talks-color-muted,light-dark(#595959,#a9adb3));--_bg:var(--talks-color-background,light-dark(#fff,#15171a));--_axis:var(--talks-color-axis,light-dark(#757575,#8c9097));--_accent:var(--talks-color-accent,light-dark(#0b57d0,#8ab4f8));--_band:var(--talks-color-band,light-dark(#f6f6f4,#1d2025));--_card:var(--talks-color-card,light-dark(#fafaf8,#1b1e22));--_rule:var(--talks-color-rule,light-dark(#c8c6c0,#454950));--_alert:var(--talks-color-alert,light-dark(#b3261e,#f28b82));--_alert-bg:var(--talks-color-alert-background,light-dark(#fdf3f2,#2b1d1c));display:block;font:var(--talks-font,inherit);color:var(--_text);background:var(--_bg);container-type:inline-size}:host([theme='light']){color-scheme:light}:host([theme='dark']){color-scheme:dark}:host([hidden]){display:none}.base{display:flex;flex-direction:column;gap:var(--talks-space,.5em)}.heading{font-size:1.25em;line-height:1.25;margin:0}.description,.summary{margin:0;max-width:42em}.summary,.loading{color:var(--_muted);font-size:.875em}.error,.notice{border-left:.25em solid var(--_alert);background:var(--_alert-bg);padding:.5em .75em;font-size:.875em}.notice summary{cursor:pointer}.notice ul{margin:.5em 0 0;padding-left:1.25em}.notice code{font-size:.9em}.plot{position:relative}svg.drawing{display:block;overflow:visible;font-size:1em;touch-action:pan-y;user-select:none;-webkit-user-select:none}svg.zoomed{overflow:hidden}.tools,.zoom{display:flex;align-items:center;gap:.25em}.tools{justify-content:flex-end;gap:.75em}button{min-width:2.2em;min-height:2em;padding:0 .5em;border:1px solid var(--_axis);border-radius:.3em;background:var(--_bg);color:var(--_text);font:inherit;font-size:.875em;cursor:pointer}[aria-pressed='true']{background:var(--_text);color:var(--_bg)}button:disabled{opacity:.5;cursor:default}.c0{--c:var(--talks-track-0,light-dark(#1f5fa8,#74a9f7))}.c1{--c:var(--talks-track-1,light-dark(#a64b12,#f0a15e))}.c2{--c:var(--talks-track-2,light-dark(#2e7d32,#7cc47f))}.c3{--c:var(--talks-track-3,light-dark(#7b3fa0,#c79de6))}.c4{--c:var(--talks-track-4,light-dark(#a0365a,#f291b5))}.c5{--c:var(--talks-track-5,light-dark(#00796b,#4cc3b4))}linearGradient[class^='c'] stop{stop-color:var(--c)}.band-bg{fill:var(--_band)}.band-label{fill:var(--c,var(--_text));font-size:.75em;font-weight:700;letter-spacing:.06em;text-transform:uppercase}.axis-line,.tick{stroke:var(--_axis);stroke-width:1}.tick-label,.break-label{fill:var(--_muted);font-size:.75em}.break line{stroke:var(--_axis)}.break .break-gap{stroke:var(--_axis);stroke-dasharray:2 4;opacity:.5}.mark{cursor:pointer}.mark .hit{fill:transparent;stroke:none}.mark .shape{stroke-width:1.5}.mark .shape:not([fill]){fill:var(--c)}.mark .shape:not([stroke]){stroke:var(--c)}.mark.span .shape{stroke:none}.mark.coarse .shape{opacity:.55}.mark.scheduled .shape,.mark.possible .shape,.mark.cancelled .shape{fill:var(--_bg);fill-opacity:1;stroke:var(--c);stroke-width:2}.mark.span.scheduled .shape,.mark.span.possible .shape,.mark.span.cancelled .shape{fill-opacity:.35;stroke:var(--c)}.mark.possible .shape{stroke-dasharray:3 2}.mark .arrow{fill:none;stroke:var(--c);stroke-width:2;opacity:.6}.mark .strike{stroke:var(--_text);stroke-width:1.5}.mark .qualifier{fill:var(--c);font-size:.75em;font-weight:700}.mark .date{fill:var(--_muted);font-size:.75em}.mark .title{fill:var(--_text);font-size:.875em;font-weight:600}.mark.cancelled .title{text-decoration:line-through}.mark:hover .title,.mark.selected .title{fill:var(--_accent);text-decoration:underline}.mark.selected .shape{stroke:var(--_text);stroke-width:2.5}.mark.focused .hit{stroke:var(--_accent);stroke-width:2}.legend,.legend ul{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25em 1em}.legend{--c:var(--_muted);--_along:right;font-size:.8125em;color:var(--_muted)}[dir='rtl'] .legend{--_along:left}.legend-title{font-weight:700}.legend ul{margin:0;padding:0;list-style:none}.legend li{display:inline-flex;align-items:center;gap:.4em}.sign{font-weight:700;color:var(--_text)}.dot{display:inline-block;box-sizing:border-box;width:.9em;height:.9em;border-radius:.45em;border:2px solid var(--c);background:var(--c)}.span .dot{width:1.8em}.coarse .dot{border:0;opacity:.6;background:linear-gradient(to var(--_along),transparent,var(--c) 30% 70%,transparent)}.open-end .dot{border:0;background:linear-gradient(to var(--_along),var(--c),transparent)}.scheduled .dot,.possible .dot,.cancelled .dot{background:var(--_bg);opacity:1}.possible .dot{border-style:dashed}.cancelled .dot{background:linear-gradient(var(--_bg) 40%,var(--_text) 40% 60%,var(--_bg) 60%)}.aggregate{cursor:pointer}.aggregate rect{fill:var(--_bg);stroke:var(--c,var(--_axis));stroke-width:1.5}.aggregate text{fill:var(--_text);font-size:.875em;font-weight:600}.aggregate-span{stroke:var(--c,var(--_axis));stroke-width:1;stroke-dasharray:2 3}.aggregate.focused rect{stroke:var(--_accent)}.aggregate:hover rect,.aggregate.focused rect{stroke-width:2.5}.events:not(.vertical),.said,.sep{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;list-style:none}.events.vertical{--_along:bottom;margin:0;margin-inline-start:.6em;padding:0 0 .5em;border-inline-start:2px solid var(--_rule);list-style:none}.events.vertical li{position:relative;padding-inline-start:1.1em}.events.vertical li.year{padding-block:.9em .1em;font-size:.875em;font-weight:700;color:var(--_muted)}.events.vertical li.year::before{content:'';position:absolute;inset-inline-start:calc(-.3em - 1px);top:1.3em;width:.6em;border-top:2px solid var(--_axis)}.events.vertical li.break{margin-block:.5em;padding-block:.6em;font-size:.8125em;color:var(--_muted)}.events.vertical li.break::before{content:'//';position:absolute;inset-inline-start:calc(-.5em - 1px);top:0;bottom:0;width:1em;display:flex;align-items:center;justify-content:center;background:var(--_bg);color:var(--_axis);font-weight:700;letter-spacing:-.1em}.events.vertical .gap-0{margin-top:.25em}.events.vertical .gap-1{margin-top:.5em}.events.vertical .gap-2{margin-top:1em}.events.vertical .gap-3{margin-top:1.75em}.events.vertical .gap-4{margin-top:2.5em}.events.vertical .dot{position:absolute;inset-inline-start:calc(-.45em - 1px);top:.55em}.events.vertical .span .dot{width:.9em;height:1.8em}.events.vertical button[data-id]{display:block;width:100%;box-sizing:border-box;padding:.2em .4em .3em;border:0;background:none;font-size:1em;text-align:start}.events.vertical .when{display:block;font-size:.8125em;color:var(--_muted)}.events.vertical .qualifier{color:var(--c);font-weight:700}.events.vertical .event-title{display:block;font-weight:600;line-height:1.3}.events.vertical button:hover .event-title,.events.vertical .selected .event-title{color:var(--_accent);text-decoration:underline}.events.vertical .cancelled .event-title{text-decoration:line-through}.events.vertical .badge{display:inline-block;margin-top:.25em;margin-inline-end:.4em;padding:0 .4em;border:1px solid currentColor;border-radius:.2em;font-size:.75em;color:var(--_muted)}.events.vertical .badge.track{color:var(--c)}.events.vertical .details{margin:.4em 0 .75em}a{color:var(--_accent)}:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}@media (forced-colors:active){:host{--_bg:Canvas;--_text:CanvasText}*{--c:CanvasText !important}.mark .shape,.dot{forced-color-adjust:none}}`;

/** Templates for the reader's text: dates as <time> and the problems notice (the details card is card.ts). */
/** A date label with each dated part as <time datetime>. */
function dateTemplate(parts) {
    return b `${parts.map((p) => (p.datetime ? b `<time datetime=${p.datetime}>${p.text}</time>` : p.text))}`;
}
function noticeTemplate(issues, dropped, total, words, lang) {
    if (!issues.length)
        return A;
    const headline = dropped
        ? plural(lang, words.dropped, dropped, { dropped, total })
        : plural(lang, words.problems, issues.length);
    return b `<div class="notice" part="notice" role="status"><details><summary>${headline}</summary><ul>${issues.map((i) => b `<li class=${i.severity}><code>${i.path || '/'}</code> ${i.message}</li>`)}</ul></details></div>`;
}

/** The legend: only the encodings the current drawing uses, in the page's language, drawn with CSS. */
/** The classes that give each key's swatch the shape of its mark (the same as the vertical layout's dots). */
const SHAPE = {
    day: 'point', period: 'span', coarse: 'span coarse', openEnd: 'span open-end', approximate: '', uncertain: '',
    scheduled: 'point scheduled', possible: 'point possible', cancelled: 'point cancelled',
};
const SIGN = { approximate: '~', uncertain: '?' };
function legendTemplate(keys, words) {
    if (!keys.length)
        return A;
    return b `<div class="legend" part="legend"><span class="legend-title">${words.legendTitle}</span><ul>${keys.map((k) => b `<li class=${SHAPE[k]}>${SIGN[k]
        ? b `<span class="sign" aria-hidden="true">${SIGN[k]}</span>`
        : b `<span class="dot" aria-hidden="true"></span>`}${words.legend[k]}</li>`)}</ul></div>`;
}

/** Fetching a timeline file: HTTP and parse failures become readable issues. */
class LoadError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LoadError';
        this.issue = { path: '', message, severity: 'error' };
    }
}
/**
 * Fetch and parse JSON from a URL. Rejects with LoadError (or AbortError when aborted), its
 * message in the page's words (which may still be arriving in a language pack).
 */
async function fetchTimeline(url, signal, words) {
    const failure = async (reason) => {
        const w = await words;
        return new LoadError(fill(w.loadFailed, { url, reason: reason(w) }));
    };
    let response;
    try {
        response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    }
    catch (e) {
        if (e.name === 'AbortError')
            throw e;
        throw await failure((w) => w.loadNetwork);
    }
    if (!response.ok) {
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        throw await failure((w) => fill(w.loadHttp, { status }));
    }
    const text = await response.text();
    if (!text.trim())
        throw await failure((w) => w.loadEmpty);
    try {
        return JSON.parse(text);
    }
    catch {
        throw await failure((w) => w.loadJson);
    }
}
/** Parse the JSON of an inline `<script type="application/json">`. */
function parseInline(text, words) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new LoadError(words.loadInline);
    }
}

const ROLE_FONT = {
    title: { scale: 0.875, weight: '600' },
    date: { scale: 0.75, weight: '400' },
    tick: { scale: 0.75, weight: '400' },
};
/** A canvas context per text role, so that measuring never switches fonts (parsing a font is slow). */
const contexts = new Map();
/** Measurers by font: the same function for the same font, so the layout can reuse its work. */
const measurers = new Map();
/** The host's em and a text measurer (none without a canvas: the layout then estimates widths). */
function textMeasurer(host) {
    const style = getComputedStyle(host);
    const em = parseFloat(style.fontSize) || 16;
    const family = style.fontFamily || 'sans-serif';
    const font = `${em}px ${family}`;
    let measure = measurers.get(font);
    if (!measure) {
        const cache = new Map();
        const context = (role) => {
            const { scale, weight } = ROLE_FONT[role];
            const key = `${weight} ${em * scale}px ${family}`;
            if (!contexts.has(key)) {
                const ctx = document.createElement('canvas').getContext('2d');
                if (ctx)
                    ctx.font = key;
                contexts.set(key, ctx);
            }
            return contexts.get(key);
        };
        if (!context('title'))
            return { em };
        measure = (text, role) => {
            const key = `${role}\u0000${text}`;
            let w = cache.get(key);
            if (w === undefined)
                cache.set(key, (w = context(role).measureText(text).width));
            return w;
        };
        measurers.set(font, measure);
    }
    return { em, measure };
}

/**
 * The SVG drawing of a Layout. Positions come from core; this file only maps
 * them to SVG attributes (no style attributes, so strict CSP is fine).
 * The drawing is hidden from assistive technology: the event list is the
 * accessible structure.
 */
const PALETTE_SIZE$1 = 6;
function colorClass(track, tracks) {
    return tracks[track]?.color ? '' : `c${track % PALETTE_SIZE$1}`;
}
function gradientId(m) {
    return `g-${m.track}-${m.softStart || m.openStart ? 1 : 0}${m.softEnd ? 1 : 0}${m.openEnd ? 2 : 0}`;
}
/** In right-to-left layouts a span's start is its right end. */
function gradientAxis(rtl) {
    return rtl ? { x1: '1', x2: '0' } : { x1: '0', x2: '1' };
}
/** Gradients for soft (coarse-precision) and open ends, one per track and end style in use. */
function gradients(layout, tracks) {
    const axis = gradientAxis(layout.direction === 'rtl');
    const needed = new Map();
    for (const m of layout.marks) {
        if (m.shape === 'span' && (m.softStart || m.softEnd || m.openEnd || m.openStart))
            needed.set(gradientId(m), m);
    }
    return [...needed].map(([id, m]) => {
        const color = tracks[m.track]?.color;
        const start = m.softStart || m.openStart ? 0.05 : 1;
        const end = m.openEnd ? 0 : m.softEnd ? 0.05 : 1;
        const stops = m.openEnd
            ? [[0, start], [0.2, 1], [1, end]]
            : [[0, start], [0.25, 1], [0.75, 1], [1, end]];
        return w `<linearGradient id=${id} class=${colorClass(m.track, tracks)} x1=${axis.x1} x2=${axis.x2} y1="0" y2="0"> ${stops.map(([o, a]) => w `<stop offset=${o} stop-opacity=${a} stop-color=${color ?? A}></stop>`)} </linearGradient>`;
    });
}
function band(b, layout, index) {
    return w `<g class="band ${b.color ? '' : `c${b.track % PALETTE_SIZE$1}`}"> ${index % 2 ? w `<rect class="band-bg" x="0" y=${b.y} width=${layout.width} height=${b.height}></rect>` : A} ${b.label ? w `<text class="band-label" x=${b.labelX} y=${b.y + 16} fill=${b.color ?? A}>${b.label}</text>` : A} </g>`;
}
function markShape(m, tracks, em, rtl) {
    const color = tracks[m.track]?.color;
    const r = 0.4 * em;
    if (m.shape === 'point') {
        return w `<circle class="shape" cx=${m.x} cy=${m.y} r=${r} fill=${color ?? A} stroke=${color ?? A}></circle>`;
    }
    const h = 0.6 * em;
    const fill = m.softStart || m.softEnd || m.openEnd || m.openStart ? `url(#${gradientId(m)})` : color;
    // The open end points the way time runs: right, or left in right-to-left layouts.
    const tip = rtl ? m.x0 - 0.4 * em : m.x1 + 0.4 * em;
    const back = rtl ? m.x0 + 0.2 * em : m.x1 - 0.2 * em;
    const arrow = m.openEnd
        ? w `<path class="arrow" d="M${back} ${m.y - h * 0.8} L${tip} ${m.y} L${back} ${m.y + h * 0.8}" stroke=${color ?? A}></path>`
        : A;
    return w `<rect class="shape" x=${m.x0} y=${m.y - h / 2} width=${Math.max(m.x1 - m.x0, 1)} height=${h} rx=${h / 2} fill=${fill ?? A} stroke=${color ?? A}></rect>${arrow}`;
}
function mark(m, tracks, state, em, rtl) {
    const cls = [
        'mark', colorClass(m.track, tracks), m.status, m.shape, m.softStart && m.softEnd ? 'coarse' : '',
        m.id === state.selected ? 'selected' : '', m.id === state.focused ? 'focused' : '',
    ].filter(Boolean).join(' ');
    const pad = 0.3 * em;
    const left = Math.min(m.label.x, m.x0 - (m.shape === 'point' ? 0.5 * em : 0) - (rtl && m.openEnd ? 0.5 * em : 0)) - pad;
    const right = Math.max(m.label.x + m.label.width, m.x1 + (m.openEnd && !rtl ? 0.5 * em : 0)) + pad;
    // Text starts at the label box's left edge, or its right edge in right-to-left layouts.
    const textX = rtl ? m.label.x + m.label.width : m.label.x;
    const after = rtl ? -1 : 1;
    const qualifierX = m.shape === 'point' ? m.x + after * 0.6 * em
        : rtl ? m.x0 - (m.openEnd ? 0.9 : 0.3) * em : m.x1 + (m.openEnd ? 0.9 : 0.3) * em;
    const top = m.y - 0.6 * em;
    const bottom = m.label.y + m.label.height + pad;
    const qualifier = qualifierSign(m);
    return w `<g class=${cls} data-id=${m.id} @click=${() => state.onPick(m.id)}><rect class="hit" x=${left} y=${top} width=${right - left} height=${bottom - top} rx=${pad}></rect> ${markShape(m, tracks, em, rtl)} ${m.status === 'cancelled' ? w `<line class="strike" x1=${m.x0 - 0.6 * em} x2=${m.x1 + 0.6 * em} y1=${m.y} y2=${m.y}></line>` : A} ${qualifier ? w `<text class="qualifier" x=${qualifierX} y=${m.y + 0.3 * em}>${qualifier}</text>` : A} <text class="date" x=${textX} y=${m.dateY}>${m.dateLabel}</text><text class="title" x=${textX} y=${m.titleY}>${m.title}</text></g>`;
}
function axis(layout, em) {
    const y = layout.axisY;
    return w `<g class="axis"> ${layout.segments.map((s) => w `<line class="axis-line" x1=${s.x0} x2=${s.x1} y1=${y} y2=${y}></line>`)} ${layout.ticks.map((t) => w `<line class="tick" x1=${t.x} x2=${t.x} y1=${y} y2=${y + 0.35 * em}></line><text class="tick-label" x=${t.box.x + t.box.width / 2} y=${t.box.y + 0.8 * em} text-anchor="middle">${t.label}</text>`)} ${layout.breaks.map((b) => {
        const mid = (b.x0 + b.x1) / 2;
        const s = 0.35 * em;
        return w `<g class="break"><line x1=${mid - s - 2} x2=${mid - 2 + s / 2} y1=${y + s} y2=${y - s}></line><line x1=${mid + 2 - s / 2} x2=${mid + s + 2} y1=${y + s} y2=${y - s}></line><line class="break-gap" x1=${mid} x2=${mid} y1="0" y2=${y - s - 2}></line><text class="break-label" x=${b.box.x + b.box.width / 2} y=${b.box.y + 0.8 * em} text-anchor="middle">${b.label}</text></g>`;
    })} </g>`;
}
/**
 * Only what is in view is drawn: a zoomed layout is wider than the drawing, and panning moves the
 * view over it (a translation, no new layout).
 */
function renderPlot(layout, tracks, state, em) {
    const rtl = layout.direction === 'rtl';
    const shift = rtl ? state.pan : -state.pan;
    const slack = 10 * em;
    const seen = (x0, x1) => x1 + shift >= -slack && x0 + shift <= layout.width + slack;
    const marks = layout.marks.filter((m) => seen(Math.min(m.x0, m.label.x), Math.max(m.x1, m.label.x + m.label.width)));
    const view = { ...layout, ticks: layout.ticks.filter((t) => seen(t.box.x, t.box.x + t.box.width)) };
    return b `<svg class="drawing ${layout.zoom.k > 1 ? 'zoomed' : ''}" aria-hidden="true" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" direction=${layout.direction}><defs>${gradients({ ...layout, marks }, tracks)}</defs> ${layout.bands.map((b, i) => band(b, layout, i))} <g class="content" transform="translate(${shift} 0)"> ${axis(view, em)} ${marks.map((m) => mark(m, tracks, state, em, rtl))} ${layout.aggregates.filter((a) => seen(Math.min(a.x0, a.box.x), Math.max(a.x1, a.box.x + a.box.width))).map((a) => w `<g class="aggregate ${colorClass(a.track, tracks)} ${state.focused && a.ids.includes(state.focused) ? 'focused' : ''}" @click=${() => state.onExpand(a)}><line class="aggregate-span" x1=${a.x0} x2=${Math.max(a.x1, a.x0 + 1)} y1=${a.box.y - 0.15 * em} y2=${a.box.y - 0.15 * em} stroke=${tracks[a.track]?.color ?? A}></line><rect x=${a.box.x} y=${a.box.y} width=${a.box.width} height=${a.box.height} rx=${a.box.height / 2} stroke=${tracks[a.track]?.color ?? A}></rect><text x=${a.box.x + a.box.width / 2} y=${a.box.y + a.box.height * 0.7} text-anchor="middle">${a.label}</text></g>`)} </g></svg>`;
}

/** Movement (px) before a press becomes a drag rather than a click. */
const DRAG = 4;
class Gestures {
    constructor(on) {
        this.on = on;
        /** The last press moved: the click that ends it does not select. */
        this.dragged = false;
        this.points = new Map();
        this.startX = 0;
        this.spread = 0;
        this.wheel = (e) => {
            if (e.ctrlKey || e.metaKey) {
                e.preventDefault();
                const lines = e.deltaMode === 1 ? 20 : e.deltaMode === 2 ? 400 : 1;
                this.on.zoom(e.clientX - Gestures.left(e), Math.exp(-e.deltaY * lines * 0.002));
            }
            else if (Math.abs(e.deltaX) > Math.abs(e.deltaY) && this.on.pan(e.deltaX)) {
                e.preventDefault();
            }
        };
        this.down = (e) => {
            if (e.button)
                return;
            if (!this.points.size) {
                this.dragged = false;
                this.startX = e.clientX;
            }
            this.points.set(e.pointerId, { x: e.clientX, y: e.clientY });
            this.spread = this.distance();
        };
        this.move = (e) => {
            const last = this.points.get(e.pointerId);
            if (!last)
                return;
            const now = { x: e.clientX, y: e.clientY };
            if (!this.dragged && Math.abs(now.x - this.startX) < DRAG && this.points.size < 2)
                return;
            if (!this.dragged) {
                this.dragged = true;
                e.currentTarget.setPointerCapture?.(e.pointerId);
            }
            this.points.set(e.pointerId, now);
            if (this.points.size > 1) {
                const spread = this.distance();
                const [a, b] = [...this.points.values()];
                if (this.spread > 0 && spread > 0)
                    this.on.zoom((a.x + b.x) / 2 - Gestures.left(e), spread / this.spread);
                this.spread = spread;
            }
            else {
                this.on.pan(last.x - now.x);
            }
        };
        this.up = (e) => {
            this.points.delete(e.pointerId);
            this.spread = this.distance();
        };
    }
    static left(e) {
        return e.currentTarget.getBoundingClientRect().left;
    }
    distance() {
        const [a, b] = [...this.points.values()];
        return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    }
}

const DAY = 86_400_000;
/** Segments measured from the start edge, and an x converter, whatever the direction. */
function fromStart(plan) {
    if (plan.direction !== 'rtl')
        return { segs: plan.segments, toStart: (x) => x };
    const w = plan.width;
    return { segs: plan.segments.map((s) => ({ ...s, x0: w - s.x1, x1: w - s.x0 })), toStart: (x) => w - x };
}
/**
 * The time at a drawn x (inside a stretch: linear; elsewhere: the nearest stretch end). `pan` is
 * a shift applied on top of the layout's own (an element may pan by transform, without relayout).
 */
function timeAt(plan, x, pan = 0) {
    const { segs, toStart } = fromStart(plan);
    if (!segs.length)
        return 0;
    const at = toStart(x) + pan;
    let best = segs[0].from;
    let distance = Infinity;
    for (const s of segs) {
        if (at >= s.x0 && at <= s.x1)
            return s.from + (s.x1 > s.x0 ? (at - s.x0) / (s.x1 - s.x0) : 0) * (s.to - s.from);
        for (const [edge, t] of [[s.x0, s.from], [s.x1, s.to]]) {
            if (Math.abs(edge - at) < distance) {
                distance = Math.abs(edge - at);
                best = t;
            }
        }
    }
    return best;
}
/** Unpanned distance from the start edge of a time at zoom k. */
function offsetAt(plan, time, k) {
    const { segs } = fromStart(plan);
    if (!segs.length)
        return 0;
    let at = segs[0].x0 + plan.zoom.x; // the margin before the first stretch
    for (let i = 0; i < segs.length; i++) {
        const s = segs[i];
        const width = (s.x1 - s.x0) / plan.zoom.k;
        if (time <= s.to || i === segs.length - 1) {
            const f = s.to > s.from ? Math.min(1, Math.max(0, (time - s.from) / (s.to - s.from))) : 0;
            return at + f * width * k;
        }
        at += width * k + (segs[i + 1].x0 - s.x1);
    }
    return at;
}
/** The most zoom worth having: one day at most a third of the width. */
function maxZoom(plan) {
    const { segs } = fromStart(plan);
    if (!segs.length)
        return 1;
    const pxPerDay = (segs[0].x1 - segs[0].x0) / plan.zoom.k / Math.max((segs[0].to - segs[0].from) / DAY, 1e-9);
    return Math.max(1, plan.width / 3 / Math.max(pxPerDay, 1e-9));
}
/** Keep zoom within [1, maxZoom] and the pan within the content, so the timeline is always in view. */
function clampView(plan, view) {
    const k = Math.min(Math.max(1, view.k), maxZoom(plan));
    const { segs } = fromStart(plan);
    const last = segs[segs.length - 1];
    // The content is the stretches at zoom k plus what follows the last one unzoomed (open-end fade, margin).
    const content = last ? offsetAt(plan, last.to, k) + (plan.width - offsetAt(plan, last.to, 1)) : plan.width;
    const x = Math.min(Math.max(0, view.x), Math.max(0, content - plan.width));
    return { k, x };
}
/** Zoom by `factor`, keeping the moment under `anchorX` (a drawn x, such as the pointer's) where it is. */
function zoomAbout(plan, anchorX, factor, pan = 0) {
    const time = timeAt(plan, anchorX, pan);
    const k = Math.min(Math.max(1, plan.zoom.k * factor), maxZoom(plan));
    return clampView(plan, { k, x: offsetAt(plan, time, k) - fromStart(plan).toStart(anchorX) });
}
/** The view that shows [start, end] (epoch ms) across the width. */
function viewOf(plan, start, end) {
    const [a, b] = start <= end ? [start, end] : [end, start];
    const { segs } = fromStart(plan);
    const margin = segs.length ? segs[0].x0 + plan.zoom.x : 0;
    const span = offsetAt(plan, b, 1) - offsetAt(plan, a, 1);
    const k = Math.min(Math.max(1, span > 0 ? (plan.width - 2 * margin) / span : maxZoom(plan)), maxZoom(plan));
    return clampView(plan, { k, x: offsetAt(plan, a, k) - margin });
}

/**
 * The vertical drawing for narrow screens: the event list itself, visible, as cards beside a line.
 * Rows come from core's layoutVertical(); spacing and shapes are classes, so strict CSP is fine.
 */
const PALETTE_SIZE = 6;
/** The rows of events in [from, to), each with the year and break rows just before it. */
function windowRows(plan, from, to) {
    const out = [];
    let pending = [];
    for (const row of plan.rows) {
        if (row.kind !== 'event')
            pending.push(row);
        else {
            if (row.item >= from && row.item < to)
                out.push(...pending, row);
            pending = [];
        }
    }
    return out;
}
function verticalTemplate(plan, model, words, state) {
    const { from, to } = state;
    const more = (by, label) => b `<li class="more"><button type="button" @click=${() => state.onMore(by)}>${label}</button></li>`;
    return b `<ol class="events vertical" part="events" aria-label=${words.eventList} @keydown=${state.onKey} @focusin=${state.onEnter} @focusout=${state.onLeave}> ${from > 0 ? more(-1, words.earlier) : A} ${windowRows(plan, from, to).map((row) => {
        if (row.kind === 'year')
            return b `<li class="year" aria-hidden="true">${row.label}</li>`;
        if (row.kind === 'break')
            return b `<li class="break" aria-hidden="true"><span>${row.label}</span></li>`;
        const it = model.items[row.item];
        const track = model.tracks[row.track];
        const status = words.status[row.status];
        const open = row.id === state.selected;
        const qualifier = qualifierSign(row);
        const cls = [
            'event', `gap-${row.gap}`, track?.color ? 'custom' : `c${row.track % PALETTE_SIZE}`, row.status, row.shape,
            row.softStart && row.softEnd ? 'coarse' : '', row.openEnd ? 'open-end' : '', open ? 'selected' : '',
        ].filter(Boolean).join(' ');
        return b `<li class=${cls} data-id=${row.id}><span class="dot" aria-hidden="true"></span><button type="button" data-id=${row.id} tabindex=${row.id === state.roving ? 0 : -1} aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? 'details' : A} @focus=${() => state.onFocus(row.id)} @click=${() => state.onPick(row.id)}><span class="when">${dateTemplate(it.dateParts)}${qualifier ? b `<span class="qualifier" aria-hidden="true"> ${qualifier}</span>` : A}</span><span class="sep">, </span><span class="event-title">${it.event.title}</span> ${status ? b `<span class="sep">, </span><span class="badge status">${status}</span>` : A} ${track?.label ? b `<span class="sep">, </span><span class="badge track">${track.label}</span>` : A} </button> ${open ? b `<div id="details" class="details">${state.details()}</div>` : A} </li>`;
    })} ${to < model.items.length ? more(1, words.later) : A} </ol>`;
}

/** Buttons kept on each side of the roving one when the event list is long. */
const LIST_WINDOW = 50;
/** A track whose "+N" hide more events than this is not opened by the keyboard (its DOM would grow). */
const REVEAL_LIMIT = 200;
/** Narrower than this many em, orientation="auto" draws the vertical layout. */
const VERTICAL_BELOW_EM = 36;
/**
 * A timeline of dated events with honest dates.
 *
 * @tag talks-timeline
 * @fires talks-load - Data was loaded and rendered. Detail: `{ events, issues }` (counts).
 * @fires talks-select - The reader selected an event (or cleared the selection). Detail: `{ id }`.
 * @fires talks-error - The data had problems or could not be loaded. Detail: `{ issues }`.
 * @csspart base - The wrapper of everything.
 * @csspart title - The timeline's heading.
 * @csspart description - The timeline's standfirst.
 * @csspart summary - The one-line summary ("11 events from …").
 * @csspart notice - The notice listing problems in the data.
 * @csspart error - The message shown when the data could not be loaded.
 * @csspart list-toggle - The "List view" button (aria-pressed).
 * @csspart zoom - The zoom buttons above the horizontal drawing (+, −, Show all).
 * @csspart plot - The drawing and its accessible event list.
 * @csspart legend - The key to the marks' shapes (only those in use).
 * @csspart events - The list of events (one button each), for keyboards and screen readers.
 * @csspart details - The card with the selected event's details.
 * @csspart previous-button - Story mode: the details card's "Previous".
 * @csspart next-button - Story mode: the details card's "Next".
 * @csspart close-button - The details card's close button.
 * @cssproperty --talks-color-text - Text colour.
 * @cssproperty --talks-color-muted - Secondary text (dates, ticks, legend).
 * @cssproperty --talks-color-background - Background of the component and marks' halos.
 * @cssproperty --talks-color-card - Background of the details card.
 * @cssproperty --talks-color-band - Background of alternate track bands.
 * @cssproperty --talks-color-axis - Axis, ticks and button borders.
 * @cssproperty --talks-color-rule - The vertical layout's line.
 * @cssproperty --talks-color-accent - Focus ring, selection and links.
 * @cssproperty --talks-color-alert - Border of the notice and error messages.
 * @cssproperty --talks-color-alert-background - Background of the notice and error messages.
 * @cssproperty --talks-track-0 - Colour of the first track (also --talks-track-1 … --talks-track-5).
 * @cssproperty --talks-font - Font (inherits the page's by default).
 * @cssproperty --talks-space - Gap between the parts (heading, summary, drawing, legend, details).
 * @cssproperty --talks-card-padding - Padding of the details card.
 */
class TalksTimeline extends i {
    static { this.styles = styles; }
    static { this.properties = {
        src: { type: String, reflect: true },
        orientation: { type: String, reflect: true },
        lang: { type: String, reflect: true },
        selected: { type: String, reflect: true },
        view: { type: String, reflect: true },
        link: { type: Boolean, reflect: true },
        theme: { type: String, reflect: true },
        data: { attribute: false },
        events: { attribute: false },
        _state: { state: true },
        _valid: { state: true },
        _issues: { state: true },
        _width: { state: true },
        _focused: { state: true },
        _focusInside: { state: true },
        _expanded: { state: true },
        _k: { state: true },
        _pan: { state: true },
        _said: { state: true },
        _listAt: { state: true },
    }; }
    /** Where an event is in date order (built on first need: the first paint of 100,000 events skips it). */
    _at(id) {
        const items = this._model?.items;
        if (!items || id == null)
            return undefined;
        if (id === items[0]?.event.id)
            return 0;
        return (this._index ??= new Map(items.map((it, i) => [it.event.id, i]))).get(id);
    }
    constructor() {
        super();
        this._src = null;
        this._data = null;
        this._events = null;
        this._model = null;
        this._dir = 'ltr';
        this._sayTimer = 0;
        this._gestures = new Gestures({
            zoom: (x, factor) => this._zoomAround(x, factor),
            pan: (dx) => this._panBy(dx),
        });
        this._total = 0;
        this._source = { kind: 'none' };
        this._generation = 0;
        this._abort = null;
        this._resize = null;
        this._resizeFrame = 0;
        this._layout = null;
        this._vertical = null;
        this._em = 16;
        this._font = null;
        /** Where each shown event is in date order, by id. */
        this._index = null;
        this._pendingLoadEvent = false;
        this._onHash = () => {
            const id = this.link && this._hashId();
            if (id)
                this._select(id, true);
        };
        /** The details card's module (with story mode): fetched after the first paint or at the first selection. */
        this._card = null;
        this._cardLoading = null;
        /** The language pack being fetched (its primary subtag), if any. */
        this._waitingFor = null;
        this._wordsArrived = Promise.resolve();
        /** What the current model and layout were derived from: recomputed only when one of these changes. */
        this._derivedFrom = [];
        this.selected = null;
        this.orientation = 'auto';
        this._state = 'empty';
        this._valid = null;
        this._issues = [];
        this._width = 0;
        this._focused = null;
        this._focusInside = false;
        this._expanded = [];
        this._k = 1;
        this._pan = 0;
        this._said = '';
        this._listAt = null;
        this.view = 'timeline';
        this.link = false;
    }
    /** URL of a timeline JSON file. */
    get src() {
        return this._src;
    }
    set src(value) {
        if (value === this._src)
            return;
        this._src = value;
        if (value)
            this._use({ kind: 'src', url: value });
    }
    /** The whole timeline (or a bare array of events). */
    get data() {
        return this._data;
    }
    set data(value) {
        this._data = value;
        if (value != null)
            this._use({ kind: 'value', value });
    }
    /** Just the events. */
    get events() {
        return this._events;
    }
    set events(value) {
        this._events = value;
        if (value != null)
            this._use({ kind: 'value', value });
    }
    /** The events that are shown, in date order. */
    get shownEvents() {
        return this._model?.items.map((i) => i.event) ?? [];
    }
    /** Problems found in the current data. */
    get issues() {
        return this._issues;
    }
    connectedCallback() {
        super.connectedCallback();
        if (this._source.kind === 'none') {
            const inline = this.querySelector(':scope > script[type="application/json"]');
            if (inline) {
                try {
                    this._use({ kind: 'value', value: parseInline(inline.textContent ?? '', this._words) });
                }
                catch (e) {
                    this._fail(e);
                }
            }
        }
        // Width changes are applied on the next frame: re-laying out inside the observer's callback
        // would resize us again in the same frame ("ResizeObserver loop" errors on the host page).
        this._resize = new ResizeObserver((entries) => {
            const w = Math.floor(entries[0]?.contentRect.width ?? 0);
            if (!w || w === this._width)
                return;
            cancelAnimationFrame(this._resizeFrame);
            this._resizeFrame = requestAnimationFrame(() => {
                this._width = w;
            });
        });
        this._resize.observe(this);
        addEventListener('hashchange', this._onHash);
    }
    disconnectedCallback() {
        super.disconnectedCallback();
        this._resize?.disconnect();
        this._resize = null;
        cancelAnimationFrame(this._resizeFrame);
        removeEventListener('hashchange', this._onHash);
        clearTimeout(this._sayTimer);
    }
    /** With `link`: the event named by the URL's hash, if it is one of ours (other hashes are not ours). */
    _hashId() {
        let id;
        try {
            id = decodeURIComponent(location.hash.slice(1));
        }
        catch {
            return null;
        }
        return id && this._item(id) ? id : null;
    }
    /** With `link`: the hash follows the selection; a hash that is not one of our events is left alone. */
    _linkSelection() {
        if (!this.link || !this._model)
            return;
        const ours = this._hashId();
        if (this.selected && ours !== this.selected)
            history.replaceState(history.state, '', `#${encodeURIComponent(this.selected)}`);
        else if (!this.selected && ours)
            history.replaceState(history.state, '', location.pathname + location.search);
    }
    /** Say `text` through the polite live region; changes in quick succession are said once, the last. */
    _say(text) {
        clearTimeout(this._sayTimer);
        this._sayTimer = window.setTimeout(() => {
            this._said = text();
        }, 500);
    }
    /** After a zoom or pan: say the stretch of time in view. */
    _sayView() {
        this._say(() => {
            const plan = this._layout;
            if (!plan)
                return '';
            const [a, b] = [timeAt(plan, 0, this._pan), timeAt(plan, plan.width, this._pan)].sort((p, q) => p - q);
            const lang = this.resolvedLang;
            return fill(messagesFor(lang).showing, { range: formatDayRange(a, b, lang) });
        });
    }
    /** The language for dates and words: `lang`, else the nearest `lang` in the page, else English. */
    get resolvedLang() {
        const own = this.getAttribute('lang');
        if (own)
            return own;
        const near = this.parentElement?.closest('[lang]')?.getAttribute('lang');
        return near || document.documentElement.lang || 'en';
    }
    /** Writing direction: the nearest `dir` in the page, else the language's. */
    get resolvedDir() {
        const near = this.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
        if (near === 'rtl' || near === 'ltr')
            return near;
        return isRightToLeft(this.resolvedLang) ? 'rtl' : 'ltr';
    }
    get _words() {
        return messagesFor(this.resolvedLang);
    }
    _use(source) {
        this._source = source;
        const generation = ++this._generation;
        this._abort?.abort();
        this._abort = null;
        if (source.kind === 'src') {
            const controller = new AbortController();
            this._abort = controller;
            this._state = 'loading';
            fetchTimeline(source.url, controller.signal, loadMessages(this.resolvedLang)).then((json) => {
                if (generation === this._generation)
                    this._accept(json);
            }, (e) => {
                if (generation === this._generation && e.name !== 'AbortError')
                    this._fail(e);
            });
        }
        else if (source.kind === 'value') {
            this._accept(source.value);
        }
    }
    _accept(json) {
        this._abort = null;
        const { data, issues, total } = validate(json);
        this._total = total;
        this._issues = issues;
        this._valid = data;
        this._state = 'ready';
        this._pendingLoadEvent = true;
    }
    _fail(e) {
        const issue = e instanceof LoadError ? e.issue : { path: '', message: `The timeline could not be shown: ${e.message}`, severity: 'error' };
        this._abort = null;
        this._valid = null;
        this._issues = [issue];
        this._total = 0;
        this._state = 'failed';
        this._emit('talks-error', { issues: [issue] });
    }
    _emit(type, detail) {
        this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }
    _loadCard() {
        return (this._cardLoading ??= import('./card.js').then((card) => {
            this._card = card;
            S$1(this.renderRoot, [...TalksTimeline.elementStyles, card.cardStyles]);
            this.requestUpdate();
        }, () => {
            this._cardLoading = null; // not fetched (offline?): a later selection tries again
        }));
    }
    /**
     * The words for `lang`, or null while its language pack is on its way (the timeline is drawn
     * once, in the right words, rather than in English first).
     */
    _wordsNow(lang) {
        const base = baseLanguage(lang);
        if (hasMessages(base) || !TRANSLATED_LANGUAGES.includes(base))
            return messagesFor(base);
        if (this._waitingFor !== base) {
            this._waitingFor = base;
            this._wordsArrived = loadMessages(base).then(() => {
                if (this._waitingFor === base)
                    this._waitingFor = null;
                this.requestUpdate();
            });
        }
        return null;
    }
    /** Also waits for a language pack being fetched, and the update that follows it. */
    async getUpdateComplete() {
        let done = await super.getUpdateComplete();
        while (this._waitingFor || (this.selected && !this._card && this._cardLoading)) {
            await (this._waitingFor ? this._wordsArrived : this._cardLoading);
            done = await super.getUpdateComplete();
        }
        return done;
    }
    willUpdate(changed) {
        // The keyboard's place follows the selection, however it was made (click, attribute, story, link).
        if (changed.has('selected') && this.selected)
            this._focused = this.selected;
        const lang = this.resolvedLang;
        const words = this._wordsNow(lang);
        const [valid, oldLang, width, orientation, expanded, oldWords, k, view] = this._derivedFrom;
        const relabel = valid !== this._valid || oldLang !== lang || oldWords !== words;
        if (valid !== this._valid) {
            this._listAt = null;
            this._expanded = [];
            this._focused = null;
            this._k = 1;
            this._pan = 0;
        }
        if (relabel) {
            this._model = this._valid && words ? buildModel(this._valid, lang) : null;
            this._index = null;
        }
        // The width laid out at: the observed one, or before the first observation the element's own
        // (so that the observer reporting the same width later changes nothing).
        const w = this._width || (this._model ? this.clientWidth : 0) || 800;
        if (this._model && (relabel || width !== w || orientation !== this.orientation || expanded !== this._expanded || k !== this._k || view !== this.view)) {
            // Font and direction are read again unless only the zoom changed (reading styles costs a reflow).
            if (k === this._k || !this._font) {
                this._font = textMeasurer(this);
                this._dir = this.resolvedDir;
            }
            const { em, measure } = this._font;
            this._em = em;
            const vertical = this.view === 'list' || this.orientation === 'vertical' || (this.orientation !== 'horizontal' && w < VERTICAL_BELOW_EM * em);
            this._vertical = vertical ? layoutVertical(this._model, { lang }) : null;
            this._layout = vertical ? null : layout(this._model, {
                width: w, em, measure, lang, direction: this._dir, expanded: this._expanded, zoom: { k: this._k, x: 0 },
            });
            if (this._layout)
                this._pan = clampView(this._layout, { k: this._k, x: this._pan }).x;
        }
        if (!this._model) {
            this._layout = null;
            this._vertical = null;
        }
        else if (this._pendingLoadEvent) {
            this._onHash(); // new data: open on the event the URL names (with link)
        }
        if (this.selected && !this._card)
            void this._loadCard();
        this._derivedFrom = [this._valid, lang, w, this.orientation, this._expanded, words, this._k, this.view];
    }
    /** 'horizontal' or 'vertical': the orientation drawn now. */
    get resolvedOrientation() {
        return this._vertical ? 'vertical' : 'horizontal';
    }
    updated(changed) {
        if (changed.has('selected'))
            this._linkSelection();
        // Custom track colours in the vertical list: set through CSSOM, which strict CSP allows.
        const custom = this._vertical && this.renderRoot.querySelectorAll('.events.vertical li.custom');
        if (custom && custom.length && this._model) {
            const { items, tracks } = this._model;
            const colors = new Map(items.map((i) => [i.event.id, tracks[i.track]?.color]));
            for (const li of custom) {
                const color = colors.get(li.dataset.id ?? '');
                if (color)
                    li.style.setProperty('--c', color);
            }
        }
        if (this._pendingLoadEvent && this._model) {
            this._pendingLoadEvent = false;
            void this._loadCard(); // drawn: now fetch the details card, before the reader asks for it
            this._emit('talks-load', { events: this._model.items.length, issues: this._issues.length });
            if (this._issues.length) {
                this._emit('talks-error', { issues: this._issues });
                console.warn(`<talks-timeline>: ${this._issues.length} problem(s) in the data`, this._issues);
            }
        }
    }
    /** The horizontal drawing's zoom (`k`, 1 = everything) and pan (`x` px from the start edge). */
    get zoom() {
        return { k: this._k, x: this._pan };
    }
    /** Show a view (zoom and pan) and say what is in it. */
    _setView(view) {
        this._k = view.k;
        this._pan = view.x;
        this._sayView();
    }
    _zoomAround(x, factor) {
        if (this._layout)
            this._setView(zoomAbout(this._layout, x, factor, this._pan));
    }
    _panBy(dx) {
        if (!this._layout)
            return false;
        const view = clampView(this._layout, { k: this._k, x: this._pan + (this._dir === 'rtl' ? -dx : dx) });
        if (view.x === this._pan)
            return false;
        this._setView(view);
        return true;
    }
    /**
     * Show the time from `start` to `end` across the width (horizontal layout). Each is a Date, epoch
     * ms, or an EDTF date: `zoomTo('2025-05', '2025-06')` shows May and June 2025.
     */
    zoomTo(start, end) {
        if (!this._layout)
            return;
        const at = (v, edge) => {
            try {
                return typeof v === 'string' ? parseDate(v)[edge] ?? NaN : +v;
            }
            catch {
                return NaN; // not a date: the view stays as it is
            }
        };
        const [a, b] = [at(start, 'min'), at(end, 'max')];
        if (!Number.isFinite(a) || !Number.isFinite(b))
            return;
        const view = viewOf(this._layout, a, b);
        // The same stretch of time elsewhere is a pan: keep the zoom exactly, so nothing is laid out again.
        if (Math.abs(view.k / this._k - 1) < 1e-9)
            view.k = this._k;
        this._setView(view);
    }
    /** Show the whole timeline again. */
    resetZoom() {
        this._setView({ k: 1, x: 0 });
    }
    /** Where an event's mark is drawn now (px from the drawing's left edge), if it is drawn. */
    _drawnX(id) {
        const m = this._layout?.marks.find((mark) => mark.id === id);
        return m ? m.x + (this._dir === 'rtl' ? this._pan : -this._pan) : null;
    }
    /** Pan so that the event's mark is in view (the keyboard's place must be seen). */
    _showMark(id) {
        const x = this._drawnX(id);
        const w = this._layout?.width ?? 0;
        if (x !== null && (x < 2 * this._em || x > w - 2 * this._em))
            this._panBy(x - w / 2);
    }
    /** The shown event with this id. */
    _item(id) {
        return this._model?.items[this._at(id) ?? -1];
    }
    /** The keyboard's place moves to an event: remembered, its track opened if it hides in "+N", its mark in view. */
    _goTo(id) {
        this._focused = id;
        this._listAt = null; // the list's window follows the keyboard again
        this._reveal(id);
        this._showMark(id);
    }
    /** Focus an event's button once the list has been drawn (the list window may move first). */
    _focusEvent(id) {
        void this.updateComplete.then(() => this._buttons().find((b) => b.dataset.id === id)?.focus());
    }
    _expand(track) {
        if (!this._expanded.includes(track))
            this._expanded = [...this._expanded, track];
    }
    /**
     * A keyboard or screen-reader user reached an event gathered in "+N": open its track so it is seen,
     * unless the track hides too many to draw (then the focus shows on the "+N" that holds it).
     */
    _reveal(id) {
        const pill = this._layout?.aggregates.find((a) => a.ids.includes(id));
        if (pill && this._hidden(pill.track) <= REVEAL_LIMIT)
            this._expand(pill.track);
    }
    /** Events of a track gathered in "+N". */
    _hidden(track) {
        return this._layout.aggregates.reduce((n, a) => n + (a.track === track ? a.ids.length : 0), 0);
    }
    /** A "+N" activated: its track opens, or when that would draw too many, the view zooms in on it. */
    _openPill(pill) {
        if (this._hidden(pill.track) <= REVEAL_LIMIT)
            this._expand(pill.track);
        else
            this._zoomAround((pill.box.x + pill.box.width / 2) + (this._dir === 'rtl' ? this._pan : -this._pan), 4);
    }
    _select(id, fromUser) {
        if (id === this.selected)
            return;
        this.selected = id;
        if (fromUser)
            this._emit('talks-select', { id });
        const item = this._item(id);
        if (item)
            this._say(() => `${item.event.title}, ${item.dateLabel}`);
    }
    /** Story mode: select the previous or next event in date order, keeping the reader's place. */
    _step(by) {
        const items = this._model?.items ?? [];
        const id = items[this._at(this.selected) + by]?.event.id;
        if (!id)
            return;
        this._goTo(id);
        this._select(id, true);
        // In the list the card moves with its event: focus the same step button in its new place.
        const step = by < 0 ? '.previous' : '.next';
        void this.updateComplete.then(() => {
            const button = this.renderRoot.querySelector(`.story ${step}`);
            if (button && !button.disabled)
                button.focus();
        });
    }
    /** PageUp/PageDown: the first event of the next stretch of time, or of this one (then the one before). */
    _pageStep(current, forward) {
        const items = this._model.items;
        const breaks = this._layout?.breaks ?? this._vertical?.rows.filter((r) => r.kind === 'break') ?? [];
        // An event's stretch: the breaks that start before it (a vague date may begin inside a break).
        const seg = (i) => {
            const t = items[i].span.min ?? items[i].span.max ?? 0;
            return breaks.filter((b) => b.from < t).length;
        };
        const here = seg(current);
        if (forward) {
            for (let j = current + 1; j < items.length; j++)
                if (seg(j) > here)
                    return j;
            return items.length - 1;
        }
        let first = current;
        while (first > 0 && seg(first - 1) === here)
            first--;
        if (first < current || !first)
            return first;
        const before = seg(first - 1);
        while (first > 0 && seg(first - 1) === before)
            first--;
        return first;
    }
    _toggle(id) {
        this._select(this.selected === id ? null : id, true);
    }
    _buttons() {
        return [...(this.renderRoot.querySelectorAll('.events button[data-id]') ?? [])];
    }
    _onListKey(e) {
        const items = this._model?.items;
        const target = e.target.closest?.('button[data-id]');
        if (!items || !target)
            return;
        const current = this._at(target.dataset.id);
        if (current === undefined)
            return;
        const rtl = this._dir === 'rtl';
        let next = -1;
        switch (e.key) {
            case 'ArrowRight':
                next = current + (rtl ? -1 : 1);
                break;
            case 'ArrowDown':
                next = current + 1;
                break;
            case 'ArrowLeft':
                next = current + (rtl ? 1 : -1);
                break;
            case 'ArrowUp':
                next = current - 1;
                break;
            case 'Home':
                next = 0;
                break;
            case 'End':
                next = items.length - 1;
                break;
            case 'PageDown':
                next = this._pageStep(current, true);
                break;
            case 'PageUp':
                next = this._pageStep(current, false);
                break;
            case '+':
            case '=':
            case '-':
            case '0': {
                if (!this._layout || e.ctrlKey || e.metaKey || e.altKey)
                    return; // ctrl/⌘ + and − zoom the page
                e.preventDefault();
                if (e.key === '0')
                    this.resetZoom();
                else
                    this._zoomAround(this._drawnX(target.dataset.id) ?? this._layout.width / 2, e.key === '-' ? 1 / 1.5 : 1.5);
                return;
            }
            case 'Escape':
                if (this.selected) {
                    e.preventDefault();
                    this._select(null, true);
                }
                return;
            default: return;
        }
        e.preventDefault();
        const id = items[Math.max(0, Math.min(items.length - 1, next))].event.id;
        this._focusInside = true; // a key pressed in the list: focus is in it, even if no focus event came
        this._goTo(id);
        this._focusEvent(id);
    }
    _onFocusOut(e) {
        if (!e.currentTarget.contains(e.relatedTarget))
            this._focusInside = false;
    }
    _closeDetails() {
        this._focusEvent(this.selected);
        this._select(null, true);
    }
    /** The list toggle, and the zoom buttons when the drawing is horizontal. */
    _tools(words) {
        const [group, zoomIn, zoomOut, all] = words.zoom;
        const middle = () => (this._layout?.width ?? 0) / 2;
        const out = this._k <= 1;
        const list = this.view === 'list';
        return b `<div class="tools"><button type="button" part="list-toggle" aria-pressed=${list ? 'true' : 'false'} @click=${() => { this.view = list ? 'timeline' : 'list'; }}>${words.listView}</button> ${this._layout ? b `<div class="zoom" part="zoom" role="group" aria-label=${group}><button type="button" aria-label=${zoomIn} @click=${() => this._zoomAround(middle(), 2)}>+</button><button type="button" aria-label=${zoomOut} ?disabled=${out} @click=${() => this._zoomAround(middle(), 0.5)}>−</button><button type="button" ?disabled=${out} @click=${() => this.resetZoom()}>${all}</button></div>` : A} </div>`;
    }
    /** The items [from, to) kept in the DOM: all of them, or a window around `at` in long lists. */
    _range(at) {
        const n = this._model?.items.length ?? 0;
        return n > LIST_WINDOW * 3 ? [Math.max(0, at - LIST_WINDOW), Math.min(n, at + LIST_WINDOW + 1)] : [0, n];
    }
    _list(model, words) {
        const { items } = model;
        const roving = this._focused ?? this.selected ?? items[0]?.event.id;
        // Long lists keep a window of buttons around the roving one in the DOM; each says its place
        // in the whole list (aria-posinset/setsize), and the arrow keys move the window.
        const [from, to] = this._range(this._at(roving) ?? 0);
        return b `<ol class="events" part="events" aria-label=${words.eventList} @keydown=${this._onListKey} @focusin=${() => { this._focusInside = true; }} @focusout=${this._onFocusOut}> ${items.slice(from, to).map((it, k) => {
            const id = it.event.id;
            const track = model.tracks[it.track]?.label;
            const status = words.status[it.status];
            return b `<li aria-setsize=${items.length} aria-posinset=${from + k + 1}><button type="button" data-id=${id} tabindex=${id === roving ? 0 : -1} aria-expanded=${id === this.selected ? 'true' : 'false'} aria-controls="details" @focus=${() => this._goTo(id)} @click=${() => this._toggle(id)}><span class="event-title">${it.event.title}</span>, ${dateTemplate(it.dateParts)}${status ? `, ${status}` : ''}${track ? `, ${track}` : ''} </button></li>`;
        })} </ol>`;
    }
    render() {
        const model = this._model;
        const lang = this.resolvedLang;
        const words = messagesFor(lang);
        const plotted = model && this._layout;
        const item = this._item(this.selected);
        const roving = this._focused ?? this.selected ?? model?.items[0]?.event.id;
        const rovingAt = this._at(roving) ?? 0;
        const [from, to] = this._range(this._listAt ?? rovingAt);
        const details = () => (item && this._card ? this._card.detailsTemplate(item, model?.tracks[item.track], words, () => this._closeDetails(), {
            index: this._at(item.event.id), total: model.items.length, step: (by) => this._step(by),
        }) : A);
        const dropped = model ? this._total - model.items.length : 0;
        return b `<div class="base" part="base" dir=${this._dir}> ${model?.title ? b `<h2 class="heading" part="title">${model.title}</h2>` : A} ${model?.description ? b `<p class="description" part="description">${model.description}</p>` : A} ${model ? b `<p class="summary" part="summary">${describeModel(model, lang)}</p>` : A} ${this._state === 'loading' || (this._valid && !model) ? b `<p class="loading" role="status">${words.loading}</p>` : A} ${this._state === 'failed' ? b `<div class="error" part="error" role="alert">${this._issues[0]?.message}</div>` : A} ${this._state === 'ready' && model ? noticeTemplate(this._issues, dropped, this._total, words, lang) : A} ${plotted || (model && this.view === 'list') ? this._tools(words) : A} ${plotted ? b `<div class="plot" part="plot" @wheel=${this._gestures.wheel} @pointerdown=${this._gestures.down} @pointermove=${this._gestures.move} @pointerup=${this._gestures.up} @pointercancel=${this._gestures.up}> ${renderPlot(this._layout, model.tracks, {
            selected: this.selected, focused: this._focusInside ? this._focused : null, pan: this._pan,
            onPick: (id) => this._gestures.dragged || this._toggle(id),
            onExpand: (pill) => this._openPill(pill),
        }, this._em)} ${this._list(model, words)} </div> ${legendTemplate(legendKeys(this._layout), words)} <div id="details" class="details">${details()}</div>` : A} ${model && this._vertical ? b `<div class="plot vertical" part="plot"> ${verticalTemplate(this._vertical, model, words, {
            selected: this.selected,
            // The window's first event takes the tab stop when the reader moved the window off the roving one.
            roving: rovingAt >= from && rovingAt < to ? roving : model.items[from]?.event.id,
            from, to,
            onMore: (by) => {
                this._listAt = by < 0 ? from - LIST_WINDOW - 1 : to + LIST_WINDOW;
            },
            onFocus: (id) => { this._focused = id; },
            onPick: (id) => this._toggle(id),
            onKey: (e) => this._onListKey(e),
            onEnter: () => { this._focusInside = true; },
            onLeave: (e) => this._onFocusOut(e),
            details,
        })} </div> ${legendTemplate(legendKeys(this._vertical), words)}` : A} <p class="said" role="status">${this._said}</p></div>`;
    }
}

/** Registers <talks-timeline>. Safe to load twice: a second copy does not throw. */
const TAG_NAME = 'talks-timeline';
if (!customElements.get(TAG_NAME))
    customElements.define(TAG_NAME, TalksTimeline);

export { A, TAG_NAME, TalksTimeline, b, dateTemplate as d, fill as f, i$3 as i };
//# sourceMappingURL=talks-timeline.js.map
